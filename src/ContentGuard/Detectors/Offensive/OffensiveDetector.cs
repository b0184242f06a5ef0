using System.Globalization;
using ContentGuard.Detection;

namespace ContentGuard.Detectors.Offensive;

/// <summary>
/// Abusive, demeaning or discriminatory statements (attacks on a region, a gender, an ethnic group or a person) that
/// lexicons miss because they are written in ordinary words: an ML.NET classifier scores each sentence (in its
/// paragraph's context, per the model's unit: <see cref="OffensiveScorer"/>) and reports one sentence-level finding per
/// offending sentence, with the score as confidence. Severity is major, critical at or above the model's
/// high-confidence threshold.
/// </summary>
internal sealed class OffensiveDetector(OffensiveModel model) : IDetector
{
    public static RuleDescriptor Rule { get; } = new(
        "OFFENSIVE_LANGUAGE", "攻击、歧视、侮辱性言论（针对地域、性别、民族或个人），由句子分类模型识别", Category.Offensive, Severity.Major, "uncategorized");

    public string Name => "offensive";

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [Rule];

    public IReadOnlyDictionary<string, string> DataVersions { get; } =
        new Dictionary<string, string> { ["models/offensive.zip"] = model.Info.Version };

    public OffensiveModel Model => model;

    public void Detect(DetectionContext context, FindingSink sink)
    {
        var info = model.Info;
        var sentences = context.Sentences;
        var hits = new List<OffensiveHit>();
        OffensiveScorer.Assess(model, context.Normalized, sentences, () => context.Tokens, context.Segmenter, hits, () => context.IsOverBudget);
        foreach (var hit in hits)
        {
            var s = sentences[hit.Sentence];
            var p = hit.Probability;
            var critical = p >= info.CriticalThreshold;
            var percent = Math.Round(p * 100).ToString("0", CultureInfo.InvariantCulture);
            var message = critical
                ? $"该句很可能含有攻击、歧视或侮辱性言论（模型置信度 {percent}%），不得发布，请删除或改写。"
                : $"该句可能含有攻击、歧视或侮辱性言论（模型置信度 {percent}%），请人工复核并改写为客观、中性的表述。";
            sink.Add(s.Start, s.Length, Rule, message,
                severity: critical ? Severity.Critical : Severity.Major,
                confidence: p,
                shortMessage: "不当言论",
                sentenceLevel: true);
        }
    }
}
