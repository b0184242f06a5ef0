using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ContentGuard.Api.Infrastructure;

/// <summary>Set once the engine, its lexicons and the model are loaded and warmed up; <c>/healthz/ready</c> reports it.</summary>
internal sealed class EngineReadiness : IHealthCheck
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsReady => _ready.Task.IsCompletedSuccessfully;

    /// <summary>Completes when the engine is ready (faults when it failed to load).</summary>
    public Task WhenReady => _ready.Task;

    public void MarkReady() => _ready.TrySetResult();

    public void MarkFailed(Exception error) => _ready.TrySetException(error);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(_ready.Task.Status switch
        {
            TaskStatus.RanToCompletion => HealthCheckResult.Healthy("The engine, lexicons and model are loaded."),
            TaskStatus.Faulted => HealthCheckResult.Unhealthy("The engine failed to load; see the log."),
            _ => HealthCheckResult.Unhealthy("The engine is still loading."),
        });
}
