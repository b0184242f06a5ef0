namespace ContentGuard.Detection;

/// <summary>A word from the segmenter, as a span of <see cref="NormalizedText.Text"/>.</summary>
/// <param name="Word">The word.</param>
/// <param name="Start">Its first index in the normalized text.</param>
/// <param name="End">One past its last index.</param>
public readonly record struct Token(string Word, int Start, int End)
{
    /// <summary>The length of the word.</summary>
    public int Length => End - Start;
}
