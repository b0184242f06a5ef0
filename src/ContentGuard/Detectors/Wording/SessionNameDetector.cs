using System.Text.RegularExpressions;
using ContentGuard.Detection;

namespace ContentGuard.Detectors.Wording;

/// <summary>
/// Names of the national Party and state meetings with 届 and 次 swapped. The Party's national congresses are counted
/// with 次 (中国共产党第二十次全国代表大会, 党的二十大); its Central Committees and their plenums, and the National People's
/// Congresses, with 届 (二十届三中全会, 第十四届全国人民代表大会, 十四届全国人大三次会议). So 党的第二十届全国代表大会,
/// 二十次三中全会, 第十四次全国人民代表大会 and 十四次全国人大 are wrong. The official corpora attest the right forms hundreds
/// of times and the wrong ones never, except 中共第八届全国代表大会第二次会议 (1958: the 8th congress had a second session),
/// so a congress name followed by 第N次会议 is left alone. A count is not a name either: 每一次三中全会, 又一次三中全会,
/// 列席了12次全国人大常委会会议 (a name carries the session number: 十四届全国人大常委会第十次会议).
/// </summary>
internal sealed class SessionNameDetector : IDetector
{
    private const string Number = "[一二三四五六七八九十百零〇0-9]+";

    private static readonly (string Anchor, Regex Pattern, string From, string To, string Why)[] Patterns =
    [
        ("全国代表大会", Make($"(?:中国共产党|中共|党的)第?{Number}(?<w>届)全国代表大会(?!第?{Number}次会议)"), "届", "次",
            "党的全国代表大会按“次”计：应为“第X次全国代表大会”（如中国共产党第二十次全国代表大会，简称党的二十大）"),
        ("中央委员会", Make($"(?:中国共产党|中共|党的)第?{Number}(?<w>次)中央委员会"), "次", "届",
            "党的中央委员会按“届”计：应为“第X届中央委员会”"),
        ("中全会", Make($"(?<![一二三四五六七八九十百零〇0-9])(?![一1]次){Number}(?<w>次)[一二三四五六七八九十]中全会"), "次", "届",
            "中央全会按“届”计：应为“X届X中全会”（如二十届三中全会）"),
        ("全国人民代表大会", Make($"第{Number}(?<w>次)全国人民代表大会"), "次", "届",
            "全国人民代表大会按“届”计：应为“第X届全国人民代表大会”（如第十四届全国人民代表大会第三次会议）"),
        ("全国人大", Make($"(?<![一二三四五六七八九十百零〇0-9这那每一])(?:第{Number}|[一二三四五六七八九十百零〇0-9]{{2,}})(?<w>次)全国人大(?!(?:常委会)?(?:全体)?会议)"), "次", "届",
            "全国人大按“届”计：应为“X届全国人大”（如十四届全国人大三次会议）"),
    ];

    public static RuleDescriptor Session { get; } = new(
        "FORMULATION_SESSION", "党和国家重要会议名称错误（“届”“次”混用）", Category.Formulation, Severity.Critical, "misspelling");

    public string Name => "session-name";

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [Session];

    public void Detect(DetectionContext context, FindingSink sink)
    {
        var (compact, map) = context.Compact;
        if (!compact.Contains('届') && !compact.Contains('次'))
        {
            return;
        }

        foreach (var (anchor, pattern, from, to, why) in Patterns)
        {
            // Each name holds a fixed word; most texts hold none, so the pattern never runs.
            if (!compact.Contains(anchor, StringComparison.Ordinal))
            {
                continue;
            }

            foreach (Match m in pattern.Matches(compact))
            {
                var w = m.Groups["w"];
                var start = map[m.Index];
                var end = map[m.Index + m.Length - 1] + 1;
                var right = string.Concat(compact.AsSpan(m.Index, w.Index - m.Index), to, compact.AsSpan(w.Index + w.Length, m.Index + m.Length - w.Index - w.Length));
                sink.Add(start, end - start, Session, $"会议名称错误：“{from}”应为“{to}”。{why}。", [right], shortMessage: "会议名称错误");
            }
        }
    }

    private static Regex Make(string pattern) =>
        new(pattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, TimeSpan.FromSeconds(1));
}
