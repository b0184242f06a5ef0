using ContentGuard.Detection;

namespace ContentGuard.Benchmarks;

/// <summary>
/// A benchmark-only detector that asks for the check's jieba tokens and reports nothing. With SECRECY it makes the
/// foundation pipeline as the foundation issue specifies it (normalize, split sentences, segment, SECRECY): the
/// baseline the word-level detectors (TYPO, OFFENSIVE) are compared with, since they all share that segmentation.
/// </summary>
internal sealed class SegmentationProbe : IDetector
{
    private static readonly RuleDescriptor Probe = new("BENCH_SEGMENTATION", "基准测试：仅分词", Category.Secrecy, Severity.Minor);

    public string Name => "segmentation-probe";

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [Probe];

    public void Detect(DetectionContext context, FindingSink sink) => _ = context.Tokens.Count;
}
