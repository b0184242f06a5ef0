using ContentGuard.Detection;
using ContentGuard.Lexicon;

namespace ContentGuard.Detectors.Lexicon;

/// <summary>
/// Lexicon rows tagged <c>context-only</c> never fire on the string alone (lexicons/FORMAT.md): a row fires only when a
/// rule here, keyed by its rule id, finds the context its <c>context</c> column asks for. Rows without a rule here do not
/// fire at all (最好, 罪犯, 亲自 … need a reading of the sentence that no rule provides yet), so 中澳贸易 (China and
/// Australia) is never taken for 内地与澳门.
/// </summary>
internal static class ContextOnlyRules
{
    public const string Tag = "context-only";

    private static readonly string[] AustraliaWords = ["澳大利亚", "澳洲", "堪培拉", "悉尼", "墨尔本"];
    private static readonly string[] TwoPlacesWords = ["两地", "合作", "关系", "交流"];

    /// <summary>Meetings of 党中央 and 国务院 (and the national congresses) for which 隆重召开 is right (FACTS §5.2).</summary>
    private static readonly string[] CentralMeetingWords =
        ["党的", "中国共产党", "中共中央", "党中央", "中央委员会", "国务院", "全国人民代表大会", "全国人大", "全国政协", "中国人民政治协商会议", "全国代表大会"];

    /// <summary>True when the row is not context-only, or its rule finds its context around the hit.</summary>
    public static bool Fires(LexiconEntry entry, LexiconMatch hit, DetectionContext context)
    {
        if (Array.IndexOf(entry.Tags, Tag) < 0)
        {
            return true;
        }

        var text = context.Normalized.Text;
        var sentence = Sentence(context, hit.Start);
        return entry.Rule.Id switch
        {
            // 中澳 means China–Australia unless the sentence is about Macao and not Australia.
            "sov.china-macau" => Contains(sentence, "澳门") && !ContainsAny(sentence, AustraliaWords),
            // 内港 / 内澳 (mainland–Hong Kong / –Macao): paired with the other, or followed by 两地/合作/关系/交流.
            "sov.inland-hk" => Contains(sentence, "内澳") || FollowedBy(text, hit.Start + hit.Length),
            "sov.inland-macau" => Contains(sentence, "内港") || FollowedBy(text, hit.Start + hit.Length),
            // 隆重召开 is only for the important meetings of 党中央 and 国务院: a hint when the sentence names none of them.
            "ban.grand-opening" => !ContainsAny(sentence, CentralMeetingWords),
            _ => false,
        };
    }

    private static ReadOnlySpan<char> Sentence(DetectionContext context, int at)
    {
        var i = context.SentenceIndexOf(at);
        if (i < 0)
        {
            return context.Normalized.Text.AsSpan();
        }

        var r = context.Sentences[i];
        return context.Normalized.Text.AsSpan(r.Start, r.End - r.Start);
    }

    private static bool Contains(ReadOnlySpan<char> span, string word) => span.IndexOf(word, StringComparison.Ordinal) >= 0;

    private static bool ContainsAny(ReadOnlySpan<char> span, string[] words)
    {
        foreach (var w in words)
        {
            if (Contains(span, w))
            {
                return true;
            }
        }

        return false;
    }

    private static bool FollowedBy(string text, int end)
    {
        var after = text.AsSpan(end);
        foreach (var w in TwoPlacesWords)
        {
            if (after.StartsWith(w, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
