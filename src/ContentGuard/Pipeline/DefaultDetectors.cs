using ContentGuard.Detection;
using ContentGuard.Detectors.Lexicon;
using ContentGuard.Detectors.Privacy;
using ContentGuard.Detectors.Secrecy;

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
    ];
}
