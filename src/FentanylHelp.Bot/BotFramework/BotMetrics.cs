using System.Diagnostics.Metrics;

namespace FentanylHelp.Bot.BotFramework;

/// <summary>Anonymous counts only (turns, feedback signals, emergencies by kind): no text, no user ids.</summary>
public sealed class BotMetrics : IDisposable
{
    public const string MeterName = "FentanylHelp.Bot";

    private readonly Meter meter;
    private readonly Counter<long> turns;
    private readonly Counter<long> signals;
    private readonly Counter<long> crises;

    public BotMetrics(IMeterFactory meterFactory)
    {
        meter = meterFactory.Create(MeterName);
        turns = meter.CreateCounter<long>("bot.turns");
        signals = meter.CreateCounter<long>("bot.signals");
        crises = meter.CreateCounter<long>("bot.crises");
    }

    public void Turn() => turns.Add(1);

    public void Signal(string name) => signals.Add(1, new KeyValuePair<string, object?>("signal", name));

    public void Crisis(string category) => crises.Add(1, new KeyValuePair<string, object?>("category", category));

    public void Dispose() => meter.Dispose();
}
