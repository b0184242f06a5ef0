using ContentGuard.Detection;

namespace ContentGuard.Tests.Detectors;

/// <summary>A test detector: flags every occurrence of a term in the normalized text, skipping noise characters.</summary>
internal sealed class TermDetector(string term, Severity severity = Severity.Critical, Category? category = null, string name = "term") : IDetector
{
    public RuleDescriptor Rule { get; } = new("TEST_" + name.ToUpperInvariant(), "test rule", category ?? Category.Sensitive, severity);

    public string Name => name;

    public IReadOnlyList<RuleDescriptor> Rules => [Rule];

    public void Detect(DetectionContext context, FindingSink sink)
    {
        var text = context.Normalized;
        for (var i = 0; i < text.Length; i++)
        {
            var j = i;
            var k = 0;
            while (j < text.Length && k < term.Length)
            {
                if (text[j] == term[k])
                {
                    j++;
                    k++;
                }
                else if (k > 0 && text.IsNoise(j))
                {
                    j++;
                }
                else
                {
                    break;
                }
            }

            if (k == term.Length)
            {
                sink.Add(i, j - i, Rule, $"发现“{term}”", [term.ToUpperInvariant()]);
            }
        }
    }
}
