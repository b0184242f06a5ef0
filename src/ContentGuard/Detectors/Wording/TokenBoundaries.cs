using ContentGuard.Detection;
using ContentGuard.Segmentation;

namespace ContentGuard.Detectors.Wording;

/// <summary>
/// Where jieba's words lie in the normalized text. A near-miss window that starts or ends inside a dictionary word of the
/// text (学习/近期 for 习近平, 小李/强调 for 李强) is ordinary text, not a mistyped name. Words jieba only guessed (HMM
/// new words glued around a typo, 以习/仅/平新) do not count.
/// </summary>
internal sealed class TokenBoundaries(DetectionContext context, Segmenter segmenter)
{
    private readonly IReadOnlyList<Token> _tokens = context.Tokens;

    /// <summary>True when the span <c>[start, end)</c> neither starts nor ends inside a dictionary word.</summary>
    public bool Aligned(int start, int end) => !Crosses(start) && !Crosses(end);

    /// <summary>True when a dictionary word ends just before <paramref name="index"/> or no word spans it.</summary>
    public bool IsEnd(int index) => !Crosses(index);

    /// <summary>The word containing <paramref name="index"/>, if any.</summary>
    public Token? At(int index)
    {
        int lo = 0, hi = _tokens.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (index < _tokens[mid].Start)
            {
                hi = mid - 1;
            }
            else if (index >= _tokens[mid].End)
            {
                lo = mid + 1;
            }
            else
            {
                return _tokens[mid];
            }
        }

        return null;
    }

    /// <summary>True when a dictionary word has chars on both sides of the boundary before <paramref name="index"/>.</summary>
    private bool Crosses(int index) =>
        At(index) is { } t && t.Start < index && segmenter.WordFrequency(t.Word) > 0;
}
