namespace ContentGuard.Lexicon;

/// <summary>One occurrence of a lexicon key: the half-open span <c>[Start, End)</c> of the searched text.</summary>
/// <param name="Start">Index of the first char of the occurrence.</param>
/// <param name="End">One past its last char.</param>
/// <param name="Key">The key's index in <see cref="LexiconAutomaton.Keys"/>.</param>
/// <param name="Exact">True when the span is exactly the key's characters (no noise, repeat or pinyin inside).</param>
internal readonly record struct LexiconMatch(int Start, int End, int Key, bool Exact)
{
    public int Length => End - Start;
}
