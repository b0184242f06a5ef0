using System.Buffers;
using System.Text.RegularExpressions;
using ContentGuard.Detection;
using ContentGuard.Detectors.Wording;

namespace ContentGuard.Detectors.Dates;

/// <summary>
/// Dates that cannot be right: a day the month does not have (2月30日, 4月31日, 2025年2月29日) and a weekday that does not
/// match the date (2026年11月27日（星期四）: it was a Friday). Arabic and Chinese numerals (二〇二六年十一月二十七日) are read;
/// a date written without its year takes the year that puts it nearest the document date.
/// </summary>
internal sealed class DateDetector : IDetector
{
    private static readonly SearchValues<char> ClauseMarks = SearchValues.Create("，,。；;、（）()\n");

    private static readonly Regex DatePattern = new(
        "(?<![0-9〇零一二三四五六七八九十])"
        + "(?:(?<y>[0-9]{4}|[〇零一二三四五六七八九]{4}) ?年 ?)?"
        + "(?<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]) ?月 ?"
        + "(?<d>[0-3]?[0-9]|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])(?![0-9]) ?[日号]"
        // The weekday follows in brackets, directly, or after a comma (11月27日，星期五); after a comma 周五前/周五起 is a
        // deadline or start of its own, not this date's weekday, and 周 + a character is often a person's name opening the
        // next clause (11月27日，周天宇到…调研; 周一鸣): there 周X counts only before punctuation or a time of day.
        // 周六日 / 星期六日 (Saturday and Sunday) is two days, not this date's weekday.
        + "(?:(?<wspan> ?(?:[（(]|(?<comma>[，,]))? ?(?<wp>星期|周|礼拜)(?<wd>[一二三四五六日天]))(?![一二三四五六七八九十年])(?!(?<=[一二三四五六])[日天])"
        + "(?(comma)(?! ?(?:前|后|以前|之前|以后|之后|起|开始|截止|为止|到期|截至))"
        + "(?:(?<=(?:星期|礼拜)[一二三四五六日天])|(?=$|[^\\p{IsCJKUnifiedIdeographs}]|上午|下午|中午|晚上|晚间|晚|早上|早晨|早|凌晨|夜|傍晚|当天|全天|白天)))"
        // 周一至周五, 周一、三: a range or list of weekdays (of a date range or a schedule), not this date's weekday.
        + "(?! ?[至到—–~～\\-、] ?(?:星期|周|礼拜)?[一二三四五六日天]))?",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, TimeSpan.FromSeconds(1));

    public static RuleDescriptor InvalidDate { get; } = new(
        "TYPO_DATE_INVALID", "日期不存在（该月没有这一天）", Category.Typo, Severity.Major, "inconsistency");

    public static RuleDescriptor WrongWeekday { get; } = new(
        "TYPO_DATE_WEEKDAY", "日期与星期不符", Category.Typo, Severity.Major, "inconsistency");

    public string Name => "date";

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [InvalidDate, WrongWeekday];

    public void Detect(DetectionContext context, FindingSink sink)
    {
        var text = context.Normalized.Text;
        if (!text.Contains('月'))
        {
            return;
        }

        foreach (Match m in DatePattern.Matches(text))
        {
            if (IsLunar(text, m.Index))
            {
                continue; // 农历二月三十: lunar months have 29 or 30 days and no weekday of their own.
            }

            // Arabic digits, 十一/二十七, or one Chinese digit per place for the year (二〇二六).
            var month = WordingText.ParseNumber(m.Groups["m"].Value);
            var day = WordingText.ParseNumber(m.Groups["d"].Value);
            int? year = m.Groups["y"].Success ? WordingText.ParseNumber(m.Groups["y"].Value) : null;
            if (month is < 1 or > 12 || day < 1 || year is < 1 or > 9999)
            {
                continue;
            }

            var max = year is { } y ? DateTime.DaysInMonth(y, month) : month == 2 ? 29 : DateTime.DaysInMonth(2001, month);
            if (day > max)
            {
                var length = m.Groups["wspan"].Success ? m.Groups["wspan"].Index - m.Index : m.Length;
                sink.Add(m.Index, length, InvalidDate,
                    year is { } yy && month == 2 && day == 29
                        ? $"日期不存在：{yy}年不是闰年，2月只有28天。"
                        : $"日期不存在：{month}月只有{max}天，没有{day}日。",
                    shortMessage: "日期错误");
                continue;
            }

            if (!m.Groups["wd"].Success)
            {
                continue;
            }

            // 今年1月5日, 去年12月1日: the year the document date gives, as good as a written one.
            var relative = year is null ? RelativeYear(text, m.Index, context.DocumentDate) : null;
            var contextYear = year is null && relative is null ? YearBefore(text, m.Index) : null;
            var date = (year ?? relative?.Year ?? contextYear) is { } known
                ? (day <= DateTime.DaysInMonth(known, month) ? new DateOnly(known, month, day) : null)
                : Nearest(context.DocumentDate, month, day);
            if (date is null)
            {
                continue;
            }

            var written = m.Groups["wd"].Value[0];
            var actual = date.Value.DayOfWeek;
            if (Weekday(written) == actual || (year is null && relative is null && FitsAnotherYear(context.DocumentDate, contextYear, month, day, Weekday(written))))
            {
                continue;
            }

            var prefix = m.Groups["wp"].Value;
            var right = prefix + WeekdayName(actual, written == '天');
            var wp = m.Groups["wp"];
            var inferred = year is not null ? string.Empty
                : relative is { } r ? $"（“{r.Word}”按文稿日期为{date.Value.Year}年）"
                : contextYear is not null ? $"（未写年份，按前文的{date.Value.Year}年）"
                : $"（未写年份，按文稿日期推算为{date.Value.Year}年）";
            sink.Add(wp.Index, wp.Length + 1, WrongWeekday,
                $"日期与星期不符：{date.Value.Year}年{month}月{day}日{inferred}是星期{WeekdayName(actual, false)}，不是“{prefix}{written}”。",
                [right], shortMessage: "星期错误");
        }
    }

    /// <summary>
    /// A date without a year whose weekday fits a year it may well be in: the year after the one written before it
    /// (2025年度考核…1月15日（星期四）, 2025年12月15日至1月15日) or the year nearest the document date (截至2025年底…，
    /// 12月4日（星期五）召开推进会). A year written earlier in the paragraph is often not the date's own year.
    /// </summary>
    private static bool FitsAnotherYear(DateOnly documentDate, int? contextYear, int month, int day, DayOfWeek written)
    {
        if (contextYear is { } cy && cy < 9999 && day <= DateTime.DaysInMonth(cy + 1, month) && new DateOnly(cy + 1, month, day).DayOfWeek == written)
        {
            return true;
        }

        return contextYear is not null && Nearest(documentDate, month, day) is { } near && near.DayOfWeek == written;
    }

    /// <summary>今年/本年/去年/上年/明年/前年 right before the date (一个空格可隔开): its year from the document date.</summary>
    private static (int Year, string Word)? RelativeYear(string text, int at, DateOnly documentDate)
    {
        var end = at > 0 && text[at - 1] == ' ' ? at - 1 : at;
        if (end < 2)
        {
            return null;
        }

        var word = text.Substring(end - 2, 2);
        int? offset = word switch
        {
            "今年" or "本年" => 0,
            "去年" or "上年" => -1,
            "明年" => 1,
            "前年" => -2,
            _ => null,
        };
        return offset is { } o && documentDate.Year + o is >= 1 and <= 9999 and var y ? (y, word) : null;
    }

    /// <summary>A date of the lunar calendar: 农历/阴历/夏历 shortly before it (农历二月三十日, 2025年农历二月三十日, 农历乙巳年二月三十).</summary>
    private static bool IsLunar(string text, int at)
    {
        var from = Math.Max(0, at - 6);
        var before = text.AsSpan(from, at - from);
        var mark = before.LastIndexOfAny(ClauseMarks);
        before = before[(mark + 1)..]; // 春节（农历初一，2月17日）: the solar date of another clause.
        return before.Contains("农历", StringComparison.Ordinal) || before.Contains("阴历", StringComparison.Ordinal) || before.Contains("夏历", StringComparison.Ordinal);
    }

    /// <summary>The last year (1900–2200, Arabic or Chinese digits) written in the paragraph before <paramref name="at"/>, if any: a date without a year belongs to it.</summary>
    private static int? YearBefore(string text, int at)
    {
        var start = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        return WordingText.YearsBefore(text, start, at) is { Count: > 0 } years ? years[^1] : null;
    }

    /// <summary>The date with this month and day nearest to <paramref name="reference"/> (the year before, the same year or the next).</summary>
    private static DateOnly? Nearest(DateOnly reference, int month, int day)
    {
        DateOnly? best = null;
        for (var y = reference.Year - 1; y <= reference.Year + 1; y++)
        {
            if (y < 1 || y > 9999 || day > DateTime.DaysInMonth(y, month))
            {
                continue;
            }

            var d = new DateOnly(y, month, day);
            if (best is null || Math.Abs(d.DayNumber - reference.DayNumber) < Math.Abs(best.Value.DayNumber - reference.DayNumber))
            {
                best = d;
            }
        }

        return best;
    }

    private static DayOfWeek Weekday(char c) => c switch
    {
        '一' => DayOfWeek.Monday,
        '二' => DayOfWeek.Tuesday,
        '三' => DayOfWeek.Wednesday,
        '四' => DayOfWeek.Thursday,
        '五' => DayOfWeek.Friday,
        '六' => DayOfWeek.Saturday,
        _ => DayOfWeek.Sunday,
    };

    private static string WeekdayName(DayOfWeek d, bool tian) => d switch
    {
        DayOfWeek.Monday => "一",
        DayOfWeek.Tuesday => "二",
        DayOfWeek.Wednesday => "三",
        DayOfWeek.Thursday => "四",
        DayOfWeek.Friday => "五",
        DayOfWeek.Saturday => "六",
        _ => tian ? "天" : "日",
    };
}
