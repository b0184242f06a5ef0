namespace ContentGuard.Detection;

/// <summary>
/// The checked text as detectors see it: full-width folded to half-width, lower case, traditional folded to simplified,
/// zero-width characters removed, noise characters marked. Every index maps back to the checked text.
/// All detector coordinates are indices into <see cref="Text"/>.
/// </summary>
public sealed class NormalizedText
{
    private readonly int[] _toOriginal;
    private readonly bool[] _noise;

    internal NormalizedText(string text, int[] toOriginal, bool[] noise, string original)
    {
        Text = text;
        _toOriginal = toOriginal;
        _noise = noise;
        Original = original;
    }

    /// <summary>The normalized text.</summary>
    public string Text { get; }

    /// <summary>The checked text before normalization.</summary>
    public string Original { get; }

    /// <summary>The length of <see cref="Text"/>.</summary>
    public int Length => Text.Length;

    /// <summary>The char at <paramref name="index"/>.</summary>
    public char this[int index] => Text[index];

    /// <summary>True when the char at <paramref name="index"/> is a noise character (<c>*</c>, space, <c>·</c>, emoji…) that matchers may skip.</summary>
    public bool IsNoise(int index) => _noise[index];

    /// <summary>The noise flags of every char (see <see cref="IsNoise"/>).</summary>
    internal ReadOnlySpan<bool> NoiseMask => _noise;

    /// <summary>The index in <see cref="Original"/> of the char at <paramref name="index"/> (<see cref="Length"/> maps to the end).</summary>
    public int ToOriginal(int index) => _toOriginal[index];

    /// <summary>The original text of the normalized span <c>[start, start + length)</c>.</summary>
    public string OriginalSlice(int start, int length)
    {
        if (length <= 0)
        {
            return string.Empty;
        }

        var s = _toOriginal[start];
        var e = _toOriginal[start + length - 1] + 1;
        if (e < Original.Length && char.IsLowSurrogate(Original[e]) && char.IsHighSurrogate(Original[e - 1]))
        {
            e++;
        }

        return Original[s..e];
    }

    /// <summary>Maps a normalized span to a half-open span of the checked text.</summary>
    internal (int Start, int End) ToOriginalSpan(int start, int length)
    {
        if (length <= 0)
        {
            var at = _toOriginal[start];
            return (at, at);
        }

        var s = _toOriginal[start];
        var e = _toOriginal[start + length - 1] + 1;
        return (s, e);
    }
}
