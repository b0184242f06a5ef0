namespace ContentGuard.Lexicon;

/// <summary>
/// A row of <c>context.tsv</c>: a cue that, in the same sentence as a SENSITIVE hit and within
/// <paramref name="Window"/> characters of it (before or after, not overlapping), shows a legitimate use (禁毒宣传中介绍冰毒的危害)
/// and lowers the hit's severity to minor.
/// </summary>
/// <param name="Cue">The cue text.</param>
/// <param name="Window">The most characters between the cue and the hit.</param>
internal sealed record ContextCue(string Cue, int Window);
