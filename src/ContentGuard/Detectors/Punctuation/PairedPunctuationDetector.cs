using ContentGuard.Detection;

namespace ContentGuard.Detectors.Punctuation;

/// <summary>
/// Paired punctuation that does not pair up within a paragraph: an opening “ 《 （ 【 「 『 ‘ 〈 without its closing mark
/// (坚持“两个毫不动摇), a closing mark without its opening one, or marks closed in the wrong order (《“…》”). A quotation
/// that runs over several paragraphs opens each of them and closes only the last (the typesetting convention), so an
/// unclosed “ or 「 is fine when the next paragraph opens with the same mark. ASCII " and ' open and close alike and
/// are not checked; ’ as an apostrophe (’99, China’s) is not a quotation mark.
/// </summary>
internal sealed class PairedPunctuationDetector : IDetector
{
    private const string Openers = "“‘《〈（【「『(";
    private const string Closers = "”’》〉）】」』)";

    public static RuleDescriptor Unbalanced { get; } = new(
        "TYPO_PUNCT_UNPAIRED", "成对标点不配对（引号、书名号、括号缺少另一半或交错）", Category.Typo, Severity.Minor, "punctuation");

    public string Name => "paired-punctuation";

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [Unbalanced];

    public void Detect(DetectionContext context, FindingSink sink)
    {
        var text = context.Normalized.Text;
        if (text.AsSpan().IndexOfAny(Openers + Closers) < 0)
        {
            return;
        }

        var stack = new Stack<int>();
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            CheckParagraph(context, text, start, end, stack, sink);
            start = end + 1;
        }
    }

    private static void CheckParagraph(DetectionContext context, string text, int start, int end, Stack<int> stack, FindingSink sink)
    {
        stack.Clear();
        for (var i = start; i < end; i++)
        {
            if (context.Normalized.IsNoise(i))
            {
                continue;
            }

            var c = text[i];
            if (Openers.Contains(c, StringComparison.Ordinal))
            {
                stack.Push(i);
                continue;
            }

            var k = Closers.IndexOf(c, StringComparison.Ordinal);
            if (k < 0 || (c == '’' && IsApostrophe(text, i)))
            {
                continue;
            }

            if (c is ')' or '）' && !stack.Any(o => text[o] is '(' or '（') && IsListLabel(text, start, i))
            {
                continue; // 1）加强组织领导；2）…, a) …: a sequence label closed by a half bracket (GB/T 1.1 list items).
            }

            if (stack.Count > 0 && text[stack.Peek()] == Openers[k])
            {
                stack.Pop();
                continue;
            }

            if (stack.Count > 0 && Array.Exists([.. stack], o => text[o] == Openers[k]))
            {
                var inner = stack.Peek();
                sink.Add(inner, 1, Unbalanced, $"标点交错：左{MarkName(text[inner])}（{Shown(context, inner)}）在右{MarkName(c)}（{Shown(context, i)}）之前没有闭合，应先写右{MarkName(text[inner])}。", shortMessage: "标点不配对");
                while (text[stack.Peek()] != Openers[k])
                {
                    stack.Pop();
                }

                stack.Pop();
                continue;
            }

            sink.Add(i, 1, Unbalanced, $"标点不配对：本段有右{MarkName(c)}（{Shown(context, i)}），前面没有左{MarkName(c)}。", shortMessage: "标点不配对");
        }

        var next = NextParagraphStart(text, end);
        foreach (var o in stack)
        {
            // A quotation over several paragraphs: each opens with the mark, only the last closes it.
            if (text[o] is '“' or '「' or '‘' or '『' && next < text.Length && text[next] == text[o])
            {
                continue;
            }

            sink.Add(o, 1, Unbalanced, $"标点不配对：本段有左{MarkName(text[o])}（{Shown(context, o)}），没有右{MarkName(text[o])}。", shortMessage: "标点不配对");
        }
    }

    /// <summary>’ used as an apostrophe: 中国’99昆明世界园艺博览会, China’s, 1990’s.</summary>
    private static bool IsApostrophe(string text, int i) =>
        (i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
        || (i > 0 && (char.IsAsciiLetter(text[i - 1]) || char.IsAsciiDigit(text[i - 1])) && i + 1 < text.Length && char.IsAsciiLetter(text[i + 1]));

    /// <summary>
    /// The closing bracket at <paramref name="i"/> ends a sequence label (1）, 12), a), 一）) that starts the paragraph
    /// or follows a space or a clause mark (主要任务：1）加强…；2）强化…).
    /// </summary>
    private static bool IsListLabel(string text, int start, int i)
    {
        var j = i;
        while (j > start && i - j < 2 && char.IsAsciiDigit(text[j - 1]))
        {
            j--;
        }

        if (j == i)
        {
            while (j > start && i - j < 2 && "一二三四五六七八九十".Contains(text[j - 1], StringComparison.Ordinal))
            {
                j--;
            }
        }

        if (j == i && j > start && char.IsAsciiLetter(text[j - 1]))
        {
            j--;
        }

        return j < i && (j == start || char.IsWhiteSpace(text[j - 1]) || "；;：:。，,、".Contains(text[j - 1], StringComparison.Ordinal));
    }

    /// <summary>The mark as the caller wrote it (full-width （ stays full-width).</summary>
    private static string Shown(DetectionContext context, int i) => context.Normalized.OriginalSlice(i, 1);

    /// <summary>The Chinese name of a pair of marks, from either of them.</summary>
    private static string MarkName(char c) => c switch
    {
        '“' or '”' => "双引号",
        '‘' or '’' => "单引号",
        '《' or '》' => "书名号",
        '〈' or '〉' => "单书名号",
        '【' or '】' => "方头括号",
        '「' or '」' => "直角引号",
        '『' or '』' => "双直角引号",
        _ => "括号",
    };

    /// <summary>The first non-space char of the next non-empty paragraph after <paramref name="end"/>.</summary>
    private static int NextParagraphStart(string text, int end)
    {
        var i = end;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }
}
