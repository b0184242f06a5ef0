using System.Text.RegularExpressions;
using ContentGuard.Detection;

namespace ContentGuard.Detectors.Secrecy;

/// <summary>
/// Classification markings (GB/T 9704 and the Law on Guarding State Secrets): 绝密 / 机密 / 秘密 with ★ and a secrecy
/// period (<c>秘密★10年</c>, <c>机密★1年</c>, <c>绝密★长期</c>) at the start of a line, a bare level alone on its line,
/// or <c>密级：秘密</c>; and 内部资料 notices. The word 秘密 in ordinary prose (保守国家秘密) is not a marking.
/// </summary>
internal sealed partial class SecrecyDetector : IDetector
{
    public static RuleDescriptor Marking { get; } = new(
        "SECRECY_MARKING", "国家秘密密级标识（绝密、机密、秘密★保密期限）出现在拟公开文稿中", Category.Secrecy, Severity.Critical, "uncategorized");

    public static RuleDescriptor Internal { get; } = new(
        "SECRECY_INTERNAL", "“内部资料”等限制公开标识出现在拟公开文稿中", Category.Secrecy, Severity.Major, "uncategorized");

    public string Name => "secrecy";

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [Marking, Internal];

    public void Detect(DetectionContext context, FindingSink sink)
    {
        var text = context.Normalized.Text;
        foreach (Match m in MarkingPattern().Matches(text))
        {
            var g = m.Groups["mark"];
            var level = m.Groups["level"].Value;
            sink.Add(g.Index, g.Length, Marking,
                $"文稿含有国家秘密密级标识“{context.Normalized.OriginalSlice(g.Index, g.Length)}”（{level}级）。涉密文件严禁在互联网和公开渠道发布，请确认定密情况，涉密内容不得公开。",
                shortMessage: "涉密标识");
        }

        foreach (Match m in InternalPattern().Matches(text))
        {
            var g = m.Groups["mark"];
            sink.Add(g.Index, g.Length, Internal,
                $"文稿标有“{context.Normalized.OriginalSlice(g.Index, g.Length)}”，属限制公开的内部材料，发布前请确认是否可以公开。",
                shortMessage: "内部资料");
        }
    }

    // Normalized text: full-width digits are ASCII already. A marking is at the start of a line (after optional spaces
    // and an optional 密级： label): a level with a star (and optional period) may be followed by anything; a bare level
    // (with optional period) must end its line; 密级：<level> may stand anywhere. Lines end at \n, \r, \u2028 and
    // \u2029, as for the sentence splitter (RegexOptions.Multiline alone knows only \n).
    private const string LineStart = @"(?:^|(?<=[\r\u2028\u2029]))";
    private const string LineEnd = @"(?=[\r\u2028\u2029]|$)";

    [GeneratedRegex(
        "(?:" + LineStart + @"[ \t\u00A0]*(?<mark>(?:密级[:：]?[ \t]*)?(?<level>绝密|机密|秘密)[ \t]*[★☆*⭐✭✩][ \t]*(?:\d{1,3}[ \t]*(?:年|个月)|长期)?)" +
        "|" + LineStart + @"[ \t\u00A0]*(?<mark>(?:密级[:：]?[ \t]*)?(?<level>绝密|机密|秘密)(?:[ \t]*(?:\d{1,3}[ \t]*(?:年|个月)|长期))?)[ \t\u00A0]*" + LineEnd +
        @"|(?<mark>密级[:：][ \t]*(?<level>绝密|机密|秘密)))",
        RegexOptions.Multiline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MarkingPattern();

    [GeneratedRegex(
        LineStart + @"[ \t\u00A0]*(?<mark>内部(?:资料|文件|材料)(?:[，,、 \t]*(?:注意保存|注意保密|请勿外传|不得外传|严禁外传))?)[ \t\u00A0。]*" + LineEnd,
        RegexOptions.Multiline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex InternalPattern();
}
