using FentanylHelp.Bot.BotFramework;
using FentanylHelp.Bot.Content;
using FentanylHelp.Bot.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FentanylHelp.Bot.Tests;

/// <summary>
/// The real bot (content, engine, FentanylBot, state, renderer), wired as the app wires it, driven through
/// the Bot Framework SDK's own TestAdapter. Each harness is one fresh conversation with its own storage.
/// </summary>
internal sealed class BotHarness : IAsyncDisposable
{
    private readonly ServiceProvider services;
    private readonly TestAdapter adapter;
    private readonly IBot bot;

    private BotHarness(ServiceProvider services, string channelId)
    {
        this.services = services;
        bot = services.GetRequiredService<IBot>();
        adapter = new TestAdapter(channelId);
    }

    public FakeTimeProvider Time => (FakeTimeProvider)services.GetRequiredService<TimeProvider>();

    public string Locale { get; set; } = "en-US";

    public static BotHarness Create(string channelId = Channels.Test, Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Content:Path"] = Path.Combine(AppContext.BaseDirectory, "dialogs"),
                ["Storage:Provider"] = "Memory",
                ["Storage:Timeout"] = "00:00:30",
            })
            .Build();
        var collection = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddMetrics()
            .AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero)));
        collection.AddDialogContent(configuration);
        collection.AddConversationStorage(configuration);
        collection.AddBotFrameworkEdge();
        configure?.Invoke(collection);
        return new BotHarness(collection.BuildServiceProvider(), channelId);
    }

    public Task<IReadOnlyList<Activity>> SayAsync(string text)
    {
        var activity = adapter.MakeActivity(text);
        return SendAsync(activity);
    }

    public Task<IReadOnlyList<Activity>> SubmitAsync(object value)
    {
        var activity = adapter.MakeActivity();
        activity.Value = value;
        return SendAsync(activity);
    }

    /// <summary>Sends what tapping a button sends: its submit value, or its imBack text.</summary>
    public Task<IReadOnlyList<Activity>> TapAsync(Activity tap)
    {
        var activity = adapter.MakeActivity(tap.Text);
        activity.Value = tap.Value;
        return SendAsync(activity);
    }

    public Task<IReadOnlyList<Activity>> EventAsync(string name)
    {
        var activity = adapter.MakeActivity();
        activity.Type = ActivityTypes.Event;
        activity.Name = name;
        return SendAsync(activity);
    }

    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity)
    {
        activity.Locale = Locale;
        await adapter.ProcessActivityAsync(activity, bot.OnTurnAsync, TestContext.Current.CancellationToken);
        var replies = new List<Activity>();
        while (adapter.ActiveQueue.Count > 0)
        {
            replies.Add(adapter.ActiveQueue.Dequeue());
        }

        return replies;
    }

    /// <summary>
    /// Sends a channel's activity as it is (its locale, recipient and conversation kept), as the Teams tests need:
    /// TestAdapter would otherwise put its own conversation and bot account on it.
    /// </summary>
    public async Task<IReadOnlyList<Activity>> SendAsIsAsync(Activity activity)
    {
        adapter.Conversation = activity.GetConversationReference();
        await adapter.ProcessActivityAsync(activity, bot.OnTurnAsync, TestContext.Current.CancellationToken);
        var replies = new List<Activity>();
        while (adapter.ActiveQueue.Count > 0)
        {
            replies.Add(adapter.ActiveQueue.Dequeue());
        }

        return replies;
    }

    public T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
