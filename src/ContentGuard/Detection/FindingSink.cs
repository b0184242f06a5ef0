namespace ContentGuard.Detection;

/// <summary>Collects the findings of one detector during one check. Not thread-safe: one per detector per check.</summary>
public sealed class FindingSink
{
    private readonly List<RawFinding> _items = [];
    private readonly int _length;

    internal FindingSink(string detector, int normalizedLength)
    {
        Detector = detector;
        _length = normalizedLength;
    }

    internal string Detector { get; }

    internal IReadOnlyList<RawFinding> Items => _items;

    /// <summary>Reports a finding on the normalized span <c>[start, start + length)</c>.</summary>
    /// <param name="start">First index in <see cref="NormalizedText.Text"/>.</param>
    /// <param name="length">Length in the normalized text (at least 1).</param>
    /// <param name="rule">The rule that fired (one of the detector's <see cref="IDetector.Rules"/>).</param>
    /// <param name="message">The Chinese message: what is wrong and the correct form.</param>
    /// <param name="replacements">Suggested replacements, best first.</param>
    /// <param name="severity">Overrides the rule's default severity.</param>
    /// <param name="confidence">0–1.</param>
    /// <param name="shortMessage">A short Chinese label; default the category name.</param>
    /// <param name="sentenceLevel">True for a finding about a whole sentence (it never hides a word-level finding).</param>
    public void Add(
        int start,
        int length,
        RuleDescriptor rule,
        string message,
        IReadOnlyList<string>? replacements = null,
        Severity? severity = null,
        double confidence = 1.0,
        string? shortMessage = null,
        bool sentenceLevel = false)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentException.ThrowIfNullOrEmpty(message);
        if (start < 0 || length < 1 || start + length > _length)
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"Finding [{start}, {start + length}) of detector '{Detector}' is outside the text (length {_length}).");
        }

        _items.Add(new RawFinding(start, length, rule, message, shortMessage ?? rule.Category.Name, severity ?? rule.DefaultSeverity,
            replacements ?? [], Detector, Math.Clamp(confidence, 0, 1), sentenceLevel));
    }
}

/// <summary>A finding in normalized coordinates, before merging and mapping.</summary>
internal sealed record RawFinding(
    int Start,
    int Length,
    RuleDescriptor Rule,
    string Message,
    string ShortMessage,
    Severity Severity,
    IReadOnlyList<string> Replacements,
    string Detector,
    double Confidence,
    bool SentenceLevel)
{
    public int End => Start + Length;
}
