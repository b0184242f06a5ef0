using ContentGuard;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers ContentGuard in a host's service container (ASP.NET Core, worker services, …).</summary>
public static class ContentGuardServiceCollectionExtensions
{
    /// <summary>
    /// Registers one shared, thread-safe <see cref="ContentChecker"/> singleton with the built-in detectors and data.
    /// The engine is built on first resolution; resolve it at start-up (e.g. from a hosted service) so the first
    /// request does not pay for loading the dictionaries and the model.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Adds lexicons, detectors or a model to a builder that already has <see cref="ContentCheckerBuilder.UseDefaults"/>.</param>
    /// <returns>The service collection, for chaining.</returns>
    public static IServiceCollection AddContentGuard(this IServiceCollection services, Action<ContentCheckerBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.AddContentGuard((_, builder) => configure?.Invoke(builder));
    }

    /// <summary>
    /// Registers one shared <see cref="ReloadableContentChecker"/> singleton and <see cref="ContentChecker"/> as its
    /// <see cref="ReloadableContentChecker.Current"/> engine (resolve it per request, so a lexicon reload reaches new
    /// requests while checks in flight finish on the engine they started with). <paramref name="configure"/> may read
    /// other services (configuration, options) to set the builder up; the builder already has
    /// <see cref="ContentCheckerBuilder.UseDefaults"/>. A <see cref="ContentChecker"/> registered before this call is kept.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets up the builder from the service provider.</param>
    /// <returns>The service collection, for chaining.</returns>
    public static IServiceCollection AddContentGuard(this IServiceCollection services, Action<IServiceProvider, ContentCheckerBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.TryAddSingleton(provider =>
        {
            var builder = new ContentCheckerBuilder().UseDefaults();
            configure(provider, builder);
            return new ReloadableContentChecker(builder);
        });
        services.TryAddTransient(provider => provider.GetRequiredService<ReloadableContentChecker>().Current);
        return services;
    }
}
