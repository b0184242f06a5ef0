using ContentGuard.Detection;

namespace ContentGuard.Detectors.Wording;

/// <summary>
/// Where jieba's words start and end in the normalized text. A near-miss window that starts or ends inside a word of the
/// text (学习/近期 for 习近平, 小李/强调 for 李强) is ordinary text, not a mistyped name.
/// </summary>
internal sealed class TokenBoundaries
{
    private readonly bool[] _start;
    private readonly bool[] _end;

    public TokenBoundaries(DetectionContext context)
    {
        var n = context.Normalized.Length;
        _start = new bool[n + 1];
        _end = new bool[n + 1];
        _start[n] = true;
        _end[0] = true;
        foreach (var t in context.Tokens)
        {
            _start[t.Start] = true;
            _end[t.End] = true;
        }
    }

    /// <summary>True when a word starts at <paramref name="index"/>.</summary>
    public bool IsStart(int index) => _start[index];

    /// <summary>True when a word ends just before <paramref name="index"/>.</summary>
    public bool IsEnd(int index) => _end[index];

    /// <summary>True when the span <c>[start, end)</c> neither starts nor ends inside a word.</summary>
    public bool Aligned(int start, int end) => _start[start] && _end[end];
}
