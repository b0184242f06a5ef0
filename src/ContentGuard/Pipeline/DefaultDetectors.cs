using ContentGuard.Detection;
using ContentGuard.Detectors.Dates;
using ContentGuard.Detectors.Lexicon;
using ContentGuard.Detectors.Offensive;
using ContentGuard.Detectors.Privacy;
using ContentGuard.Detectors.Punctuation;
using ContentGuard.Detectors.Secrecy;
using ContentGuard.Detectors.Typo;
using ContentGuard.Detectors.Wording;

namespace ContentGuard.Pipeline;

/// <summary>
/// The detectors of <see cref="ContentCheckerBuilder.UseDefaults"/>, in the order they run.
/// A new detector is one new file plus one line here.
/// </summary>
internal static class DefaultDetectors
{
    public static IReadOnlyList<Func<EngineSetup, IDetector>> Factories { get; } =
    [
        _ => new SecrecyDetector(),
        LexiconDetector.Create,
        _ => new PrivacyDetector(),
        s => new LeaderNameDetector(LeaderTable.For(s), FormulationTable.For(s), s.Segmenter),
        s => new LeaderTitleDetector(LeaderTable.For(s)),
        s => new LeaderTitleTypoDetector(LeaderTable.For(s), s.Segmenter),
        s => new FormulationDetector(FormulationTable.For(s), NumberedTable.For(s), LeaderTable.For(s), s.Segmenter),
        s => new FormulationOrderDetector(FormulationTable.For(s), NumberedTable.For(s)),
        _ => new SessionNameDetector(),
        _ => new AnniversaryDetector(),
        s => new SovereigntyPatternDetector(s.Segmenter),
        setup => new OffensiveDetector(setup.ModelPath is { } path ? OffensiveModel.Load(path) : OffensiveModel.Embedded),
        _ => new DateDetector(),
        _ => new PairedPunctuationDetector(),
        _ => new TypoDetector(),
    ];
}
