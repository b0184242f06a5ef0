using ContentGuard.Detection;

namespace ContentGuard.Detectors.Typo;

/// <summary>
/// Keeps the typo scorer away from spans that look like names of people or places, which a word list cannot judge:
/// a common surname followed by one or two characters that form no dictionary word (张爱文), and the characters before
/// an administrative or geographic suffix (…县, …村, …路).
/// </summary>
internal static class NameGuard
{
    private const string Surnames =
        "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文";

    private const string PlaceSuffixes = "省市县区镇乡村路街巷里屯寨庄湾河江湖山岭峰岛";

    /// <summary>True for a common surname character.</summary>
    public static bool IsSurname(char c) => Surnames.Contains(c, StringComparison.Ordinal);

    /// <summary>True when the span <c>[start, end)</c> may be (part of) a name.</summary>
    public static bool IsProtected(string text, IReadOnlyList<Token> tokens, int[] tokenAt, int start, int end, WordFrequencies words)
    {
        // A surname one or two chars before (or at) the span, beginning a token, with the span made of chars that are
        // not a dictionary word together with the surname.
        for (var s = Math.Max(0, start - 2); s < end && s < text.Length; s++)
        {
            if (!Surnames.Contains(text[s], StringComparison.Ordinal) || tokenAt[s] < 0 || tokens[tokenAt[s]].Start != s)
            {
                continue;
            }

            var t = tokens[tokenAt[s]];
            if (t.Length == 1 || (t.Length <= 3 && !words.Contains(t.Word)))
            {
                return true;
            }
        }

        // Place names: the span ends right before (or one char before) a place suffix.
        for (var k = end; k <= end + 1 && k < text.Length; k++)
        {
            if (PlaceSuffixes.Contains(text[k], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
