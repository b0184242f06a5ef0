using System.Globalization;
using ContentGuard.Detection;

namespace ContentGuard.Normalization;

/// <summary>
/// Folds text so detectors see through evasion, keeping a map back to the original: full-width → half-width letters and
/// digits, case folding, traditional → simplified, zero-width and formatting characters removed, and a configurable set
/// of noise characters marked (matchers may skip them between the characters of a term). Immutable and thread-safe.
/// </summary>
internal sealed class Normalizer
{
    /// <summary>The noise characters marked by default (after folding: full-width forms fold onto these).</summary>
    public const string DefaultNoise = " \t\u00A0*_-.|·•‧・~^+=/\\#@$%&'\"`○●◇◆□■△▲☆♡♥❤※";

    private const char Removed = '\0';

    // One lookup per char: fold[c] is the normalized char, or Removed. 128 KB + 8 KB per engine.
    private readonly char[] _fold = new char[char.MaxValue + 1];
    private readonly ulong[] _noise = new ulong[(char.MaxValue + 1) / 64];

    public Normalizer(IReadOnlyDictionary<char, char> traditionalToSimplified, string noiseCharacters = DefaultNoise, bool emojiIsNoise = true)
    {
        EmojiIsNoise = emojiIsNoise;
        for (var c = 0; c <= char.MaxValue; c++)
        {
            _fold[c] = FoldBasic((char)c);
        }

        foreach (var (t, s) in traditionalToSimplified)
        {
            if (_fold[t] == t)
            {
                _fold[t] = s;
            }
        }

        foreach (var c in noiseCharacters)
        {
            var f = _fold[c] == Removed ? c : _fold[c];
            _noise[f >> 6] |= 1UL << (f & 63);
        }
    }

    public bool EmojiIsNoise { get; }

    /// <summary>Folds one char as the normalizer does (Removed = '\0' for zero-width characters).</summary>
    public char Fold(char c) => _fold[c];

    public bool IsNoiseChar(char normalized) => (_noise[normalized >> 6] & (1UL << (normalized & 63))) != 0;

    public NormalizedText Normalize(string plain)
    {
        var text = new char[plain.Length];
        var map = new int[plain.Length + 1];
        var noise = new bool[plain.Length];
        var n = 0;
        for (var i = 0; i < plain.Length; i++)
        {
            var c = plain[i];
            if (char.IsHighSurrogate(c) && i + 1 < plain.Length && char.IsLowSurrogate(plain[i + 1]))
            {
                var isNoise = EmojiIsNoise && IsSymbol(plain, i);
                text[n] = c;
                noise[n] = isNoise;
                map[n++] = i;
                text[n] = plain[i + 1];
                noise[n] = isNoise;
                map[n++] = i + 1;
                i++;
                continue;
            }

            var f = _fold[c];
            if (f == Removed)
            {
                continue;
            }

            text[n] = f;
            noise[n] = IsNoiseChar(f);
            map[n++] = i;
        }

        map[n] = plain.Length;
        return new NormalizedText(new string(text, 0, n), map.AsSpan(0, n + 1).ToArray(), noise.AsSpan(0, n).ToArray(), plain);
    }

    /// <summary>True when the surrogate pair starting at <paramref name="i"/> is a symbol (emoji…): what <see cref="EmojiIsNoise"/> marks.</summary>
    internal static bool IsSymbol(string s, int i) =>
        CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(s[i], s[i + 1])) is UnicodeCategory.OtherSymbol or UnicodeCategory.ModifierSymbol;

    private static char FoldBasic(char c)
    {
        switch (c)
        {
            // Zero-width and invisible formatting characters: removed.
            case '\u00AD' or '\u034F' or '\u061C' or '\u115F' or '\u1160' or '\u17B4' or '\u17B5' or '\u180E':
            case >= '\u200B' and <= '\u200F':
            case >= '\u202A' and <= '\u202E':
            case >= '\u2060' and <= '\u206F':
            case '\u3164' or '\uFEFF' or '\uFFA0':
            case >= '\uFE00' and <= '\uFE0F':
                return Removed;
            case '\u3000':
                return ' ';
            case >= '\uFF01' and <= '\uFF5E':
                return char.ToLowerInvariant((char)(c - 0xFEE0));
            case '\u3002' or '\uFF61':
                return '。';
            default:
                if (char.IsSurrogate(c))
                {
                    return c;
                }

                return char.IsUpper(c) ? char.ToLowerInvariant(c) : c;
        }
    }
}
