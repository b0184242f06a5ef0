using System.Globalization;
using ContentGuard.Detection;
using ContentGuard.Normalization;

namespace ContentGuard.Detectors.Wording;

/// <summary>Small text helpers shared by the wording detectors (dates, Chinese numerals, quotes, Han characters).</summary>
internal static class WordingText
{
    /// <summary>Quotation marks that official text may put around a formulation (“四个自信”, "四个自信", 「四个自信」).</summary>
    public static bool IsQuote(char c) => c is '“' or '”' or '‘' or '’' or '「' or '」' or '『' or '』' or '"' or '\'' or '〝' or '〞';

    public static bool IsOpeningQuote(char c) => c is '“' or '‘' or '「' or '『' or '"' or '\'' or '〝';

    public static bool IsClosingQuote(char c) => c is '”' or '’' or '」' or '』' or '"' or '\'' or '〞';

    public static bool IsHan(char c) => CharData.IsHan(c);

    /// <summary>Chinese numerals that may start a numbered formulation.</summary>
    public static bool IsNumeral(char c) => "〇零一二两三四五六七八九十百".Contains(c, StringComparison.Ordinal);

    /// <summary>Parses 一…九十九 (and 两) or ASCII digits; -1 when it is not a number.</summary>
    public static int ParseNumber(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty)
        {
            return -1;
        }

        if (int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        if (s.Length > 1 && !s.Contains('十') && !s.Contains('百'))
        {
            // 一一三 (positional digits).
            var v = 0;
            foreach (var c in s)
            {
                var d = Digit(c);
                if (d < 0)
                {
                    return -1;
                }

                v = (v * 10) + d;
            }

            return v;
        }

        var total = 0;
        var current = 0;
        foreach (var c in s)
        {
            var d = Digit(c);
            if (d >= 0)
            {
                current = d;
            }
            else if (c == '十')
            {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            }
            else if (c == '百')
            {
                total += (current == 0 ? 1 : current) * 100;
                current = 0;
            }
            else
            {
                return -1;
            }
        }

        return total + current;
    }

    /// <summary>The value of one Chinese or ASCII digit, or -1.</summary>
    public static int Digit(char c) => c switch
    {
        '〇' or '零' or '0' => 0,
        '一' or '1' => 1,
        '二' or '两' or '2' => 2,
        '三' or '3' => 3,
        '四' or '4' => 4,
        '五' or '5' => 5,
        '六' or '6' => 6,
        '七' or '7' => 7,
        '八' or '8' => 8,
        '九' or '9' => 9,
        _ => -1,
    };

    /// <summary>Parses YYYY, YYYY-MM or YYYY-MM-DD as the first (or, with <paramref name="end"/>, the last) day of that period.</summary>
    public static DateOnly? ParseDate(string s, bool end)
    {
        if (string.IsNullOrWhiteSpace(s))
        {
            return null;
        }

        var parts = s.Split('-');
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var y))
        {
            return null;
        }

        if (parts.Length == 1)
        {
            return end ? new DateOnly(y, 12, 31) : new DateOnly(y, 1, 1);
        }

        var m = int.Parse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture);
        if (parts.Length == 2)
        {
            return end ? new DateOnly(y, m, DateTime.DaysInMonth(y, m)) : new DateOnly(y, m, 1);
        }

        return new DateOnly(y, m, int.Parse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// Years written in the sentence before <paramref name="before"/>: 2016年, 二〇一六年, 一九九八年 (four digits, then 年).
    /// </summary>
    public static List<int> YearsBefore(string text, int sentenceStart, int before)
    {
        var years = new List<int>();
        for (var i = sentenceStart; i + 4 < before + 1 && i + 4 < text.Length; i++)
        {
            if (text[i + 4] != '年' || (i > 0 && Digit(text[i - 1]) >= 0))
            {
                continue;
            }

            var y = 0;
            var ok = true;
            for (var k = 0; k < 4; k++)
            {
                var d = Digit(text[i + k]);
                if (d < 0 || text[i + k] == '两')
                {
                    ok = false;
                    break;
                }

                y = (y * 10) + d;
            }

            if (ok && y is >= 1900 and <= 2200)
            {
                years.Add(y);
            }
        }

        return years;
    }

    /// <summary>The normalized text with noise characters and quotation marks skipped, and a map back.</summary>
    public static (string Text, int[] Map) Compact(NormalizedText text)
    {
        var chars = new char[text.Length];
        var map = new int[text.Length + 1];
        var n = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (text.IsNoise(i) || IsQuote(c))
            {
                continue;
            }

            chars[n] = c;
            map[n++] = i;
        }

        map[n] = text.Length;
        return (new string(chars, 0, n), map);
    }
}
