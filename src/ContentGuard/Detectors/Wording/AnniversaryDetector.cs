using System.Globalization;
using System.Text.RegularExpressions;
using ContentGuard.Data;
using ContentGuard.Detection;

namespace ContentGuard.Detectors.Wording;

/// <summary>
/// A miscounted anniversary of a fixed event in a sentence that says which year it is about: 今年是新中国成立76周年 in a
/// 2026 document (77), 2026年是中国共产党成立104周年 (105). The year is the one written before 是/为/恰逢 (2026年是…), or
/// 今年/明年/去年 from the document date. Events and their years: lexicons/anniversaries.tsv, each derived from a dated
/// anniversary sentence of the official corpora. Anniversaries without such a year (在庆祝新中国成立70周年大会上) name a
/// past celebration and are left alone.
/// </summary>
internal sealed class AnniversaryDetector : IDetector
{
    private const string Numeral = "[0-9]{1,3}|[一二三四五六七八九十百零]{1,5}";

    private readonly Regex _pattern;
    private readonly Dictionary<string, int> _years = new(StringComparer.Ordinal);
    private readonly string _version;

    public AnniversaryDetector()
    {
        var table = EmbeddedData.ReadTable("lexicons/anniversaries.tsv");
        _version = table.Version;
        foreach (var row in table.Rows)
        {
            var year = int.Parse(row.Required("year"), NumberStyles.None, CultureInfo.InvariantCulture);
            foreach (var form in row.List("event"))
            {
                _years[form] = year;
            }
        }

        var events = string.Join('|', _years.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));
        // The anchor, then the rest of its clause: every "event N周年" in it is about the anchor's year.
        _pattern = new Regex(
            $"(?:(?<rel>今年|明年|去年)|(?<![0-9])(?<y>(?:19|20)[0-9]{{2}})年)(?:也|又|正|恰)?(?:是|为|恰逢|适逢|正值)(?<clause>[^。；！？，,\\n]*?(?:(?<e>{events})(?<n>{Numeral})周年[^。；！？，,\\n]*?)+)(?=[。；！？\\n，,]|$)",
            RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, TimeSpan.FromSeconds(1));
    }

    public static RuleDescriptor Anniversary { get; } = new(
        "FORMULATION_ANNIVERSARY", "纪念日周年数与年份不符", Category.Formulation, Severity.Major, "inconsistency");

    public string Name => "anniversary";

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [Anniversary];

    public IReadOnlyDictionary<string, string> DataVersions => new Dictionary<string, string> { ["anniversaries.tsv"] = _version };

    public void Detect(DetectionContext context, FindingSink sink)
    {
        var text = context.Normalized.Text;
        if (!text.Contains("周年", StringComparison.Ordinal))
        {
            return;
        }

        foreach (Match m in _pattern.Matches(text))
        {
            var year = m.Groups["y"].Success
                ? int.Parse(m.Groups["y"].Value, NumberStyles.None, CultureInfo.InvariantCulture)
                : context.DocumentDate.Year + (m.Groups["rel"].Value switch { "明年" => 1, "去年" => -1, _ => 0 });
            var events = m.Groups["e"].Captures;
            var numbers = m.Groups["n"].Captures;
            for (var i = 0; i < events.Count; i++)
            {
                if (InsideLongerName(text, events[i].Index))
                {
                    continue; // 越南民主共和国成立, 中华苏维埃共和国成立: another state's anniversary.
                }

                var written = WordingText.ParseNumber(numbers[i].Value);
                var expected = year - _years[events[i].Value];
                if (written < 0 || written == expected || expected <= 0)
                {
                    continue;
                }

                var arabic = char.IsAsciiDigit(numbers[i].Value[0]);
                var right = arabic ? expected.ToString(CultureInfo.InvariantCulture) : Chinese(expected);
                if (arabic && context.Normalized.OriginalSlice(numbers[i].Index, numbers[i].Length).Any(c => c is >= '０' and <= '９'))
                {
                    // Written in full-width digits (７６): the fix keeps the width.
                    right = string.Concat(right.Select(c => (char)(c - '0' + '０')));
                }

                var anchor = m.Groups["y"].Success ? $"{year}年" : $"{m.Groups["rel"].Value}（按文稿日期为{year}年）";
                sink.Add(numbers[i].Index, numbers[i].Length, Anniversary,
                    $"周年数有误：{events[i].Value}（{_years[events[i].Value]}年）到{anchor}是{expected}周年，不是{numbers[i].Value}周年。",
                    [right], shortMessage: "周年数有误");
            }
        }
    }

    /// <summary>
    /// The event's words end a longer name: a Han character that is not a linking word (是, 和, 暨, 的, 纪念 …) stands
    /// right before them (越南民主|共和国成立, 越南共产党|建党). 中国/中国人民 before them is the same event
    /// (中国人民抗日战争胜利, 中国人民抗战胜利).
    /// </summary>
    private static bool InsideLongerName(string text, int at) =>
        at > 0 && WordingText.IsHan(text[at - 1]) && !"是为逢值和与及暨也即的念祝".Contains(text[at - 1], StringComparison.Ordinal)
        && !text.AsSpan(0, at).EndsWith("中国", StringComparison.Ordinal) && !text.AsSpan(0, at).EndsWith("中国人民", StringComparison.Ordinal);

    /// <summary>A number below 1000 in Chinese numerals as counts are written (七十七, 一百零五, 一百一十).</summary>
    internal static string Chinese(int n)
    {
        const string digits = "零一二三四五六七八九";
        var hundreds = n / 100;
        var tens = n / 10 % 10;
        var ones = n % 10;
        var s = string.Empty;
        if (hundreds > 0)
        {
            s += digits[hundreds] + "百";
            if (tens == 0 && ones > 0)
            {
                s += "零";
            }
        }

        if (tens > 0)
        {
            s += (tens == 1 && hundreds == 0 ? string.Empty : digits[tens].ToString()) + "十";
        }

        if (ones > 0)
        {
            s += digits[ones];
        }

        return s.Length == 0 ? "零" : s;
    }
}
