namespace ContentGuard.Detection;

/// <summary>
/// A detector: reads the immutable <see cref="DetectionContext"/> of one check and reports findings to a
/// <see cref="FindingSink"/>. Implementations are built once per engine and called concurrently by many checks, so they
/// must be thread-safe (keep per-check state in locals).
/// </summary>
public interface IDetector
{
    /// <summary>A short stable name, e.g. <c>secrecy</c>, reported as <see cref="FindingSource.Detector"/>.</summary>
    string Name { get; }

    /// <summary>Every rule the detector can report (the <c>/v1/rules</c> catalogue).</summary>
    IReadOnlyList<RuleDescriptor> Rules { get; }

    /// <summary>The versions of the data the detector loaded (lexicon or model name → version).</summary>
    IReadOnlyDictionary<string, string> DataVersions => new Dictionary<string, string>();

    /// <summary>Words the segmenter must keep whole (names, formulations); added once when the engine is built.</summary>
    IEnumerable<string> Vocabulary => [];

    /// <summary>Finds problems in the context's text and adds them to the sink.</summary>
    void Detect(DetectionContext context, FindingSink sink);
}
