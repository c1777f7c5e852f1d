using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using FentanylHelp.Bot.Tests.Http;
using FentanylHelp.Dialogs.Content;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FentanylHelp.Bot.Tests.WebChannel;

/// <summary>Checklist 4 (polling) and 5 (post activity), with the bot running in process.</summary>
public sealed class PostAndPollTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_join_event_gets_the_welcome_and_menu_in_the_browsers_language_and_ids_count_up()
    {
        await using var host = WebChannelHost.Start();
        var client = host.Client();
        await client.StartAsync();

        var id = await client.PostAsync(DirectLineClient.Join("en-GB"));

        var set = await client.PollAsync();
        var activities = set.Activities();
        Assert.Equal($"{client.ConversationId}|0000001", id);
        Assert.Equal([null, "welcome", "menu"], activities.Select(activity => activity.ReplyKey()));
        Assert.Equal(
            [$"{client.ConversationId}|0000001", $"{client.ConversationId}|0000002", $"{client.ConversationId}|0000003"],
            activities.Select(activity => (string?)activity["id"]));
        Assert.Equal("3", (string?)set["watermark"]);
        Assert.All(activities.Skip(1), activity => Assert.Equal("en", (string?)activity["locale"]));
    }

    [Fact]
    public async Task A_second_join_event_is_echoed_but_gets_no_second_welcome()
    {
        await using var host = WebChannelHost.Start();
        var client = host.Client();
        await client.StartAsync();
        await client.PostAsync(DirectLineClient.Join());

        var second = await client.PostAsync(DirectLineClient.Join());

        var after = (await client.PollAsync("3")).Activities();
        Assert.Equal([second], after.Select(activity => (string?)activity["id"]));
        Assert.Single((await client.PollAsync()).Activities(), activity => activity.ReplyKey() == "welcome");
    }

    [Fact]
    public async Task Tapping_a_card_button_posts_its_data_and_the_bot_answers_that_topic()
    {
        await using var host = WebChannelHost.Start();
        var client = host.Client();
        await client.StartAsync();
        await client.PostAsync(DirectLineClient.Join());
        var menu = (await client.PollAsync()).Activities().Single(activity => activity.ReplyKey() == "menu");

        await client.PostAsync(DirectLineClient.Tap(menu.SubmitData("Find help")));

        var replies = (await client.PollAsync("3")).Activities().Where(activity => activity.IsFromBot());
        Assert.Equal(["help-start"], replies.Select(activity => activity.ReplyKey()));
    }

    [Fact]
    public async Task Suggested_actions_reach_the_client_because_the_channel_is_directline()
    {
        await using var host = WebChannelHost.Start();
        var client = host.Client();
        await client.StartAsync();

        await client.PostAsync(DirectLineClient.Message("I think my friend is overdosing"));

        var replies = (await client.PollAsync()).Activities().Where(activity => activity.IsFromBot()).ToList();
        Assert.Equal("emergency-overdose", replies[0].ReplyKey());
    }

    [Fact]
    public async Task Polling_with_a_watermark_returns_only_newer_activities_and_an_empty_set_keeps_the_watermark()
    {
        await using var host = WebChannelHost.Start();
        var client = host.Client();
        await client.StartAsync();
        await client.PostAsync(DirectLineClient.Message("hi"));

        var all = await client.PollAsync();
        var none = await client.PollAsync((string)all["watermark"]!);

        Assert.Equal(3, all.Activities().Count);
        Assert.Empty(none.Activities());
        Assert.Equal((string?)all["watermark"], (string?)none["watermark"]);
    }

    [Fact]
    public async Task Polling_a_new_conversation_returns_an_empty_set_not_an_error()
    {
        await using var host = WebChannelHost.Start();
        var client = host.Client();
        await client.StartAsync();

        var set = await client.PollAsync();

        Assert.Empty(set.Activities());
        Assert.Equal("0", (string?)set["watermark"]);
    }

    [Theory]
    [InlineData("{not json", "not a valid JSON activity")]
    [InlineData("[1, 2]", "JSON activity object")]
    [InlineData("{\"text\": \"hi\"}", "'type'")]
    [InlineData("{\"type\": \"invoke\"}", "'type'")]
    [InlineData("{\"type\": \"message\", \"timestamp\": \"yesterday\"}", "not a valid JSON activity")]
    [InlineData("", "JSON activity object")]
    public async Task Bad_activities_get_a_400_json_error_never_a_500(string body, string reason)
    {
        await using var host = WebChannelHost.Start();
        var client = host.Client();
        await client.StartAsync();

        using var response = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/activities", DirectLineClient.Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<JsonObject>(Cancel))!["error"]!;
        Assert.Equal("BadArgument", (string?)error["code"]);
        Assert.Contains(reason, (string?)error["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_activity_larger_than_64_KB_is_refused()
    {
        await using var host = WebChannelHost.Start();
        var client = host.Client();
        await client.StartAsync();

        using var response = await client.PostActivityAsync(DirectLineClient.Message(new string('a', 70_000)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("too large", (string?)(await response.Content.ReadFromJsonAsync<JsonObject>(Cancel))!["error"]!["message"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET", "/v3/directline/conversations")]
    [InlineData("PUT", "/v3/directline/conversations/abc/activities")]
    [InlineData("GET", "/v3/directline/session/getsessionid")]
    [InlineData("POST", "/v3/directline/tokens/generate")]
    public async Task Unknown_endpoints_and_methods_answer_404_json(string method, string path)
    {
        await using var host = WebChannelHost.Start();

        using var response = await host.Http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path), Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("NotFound", await DirectLineClient.ErrorCodeAsync(response));
    }

    [Fact]
    public async Task Many_posts_in_parallel_get_distinct_ids_and_every_turn_is_answered_in_order()
    {
        await using var host = WebChannelHost.Start();
        var client = host.Client();
        await client.StartAsync();

        var ids = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.PostAsync(DirectLineClient.Message("menu"))));

        Assert.Equal(8, ids.Distinct().Count());
        var activities = (await client.PollAsync()).Activities();
        Assert.Equal(Enumerable.Range(1, activities.Count).Select(i => (long)i), activities.Select(activity => activity.Sequence()));
        Assert.Equal(8, activities.Count(activity => activity.ReplyKey() == "menu"));
    }

    [Fact]
    public async Task A_failing_turn_apologises_in_the_chat_and_logs_without_the_users_words()
    {
        var logs = new CapturedLogs();
        const string canary = "zebra-canary-91c2 where does fentanyl come from";
        await using var host = WebChannelHost.Start(services: services =>
        {
            services.AddSingleton<IStorage>(new CorruptFirstReadStorage());
            services.AddSingleton<ILoggerProvider>(logs);
        });
        var client = host.Client();
        await client.StartAsync();
        var apology = host.Services.GetRequiredService<ContentCatalog>().Text(StringKeys.ErrorApology, "en");

        await client.PostAsync(DirectLineClient.Message(canary));
        await client.PostAsync(DirectLineClient.Message("hi"));

        var replies = (await client.PollAsync()).Activities().Where(activity => activity.IsFromBot()).ToList();
        Assert.Equal(apology, (string?)replies[0]["text"]);
        Assert.Equal(["welcome", "menu"], replies.Skip(1).Select(activity => activity.ReplyKey()));
        Assert.Contains(logs.Lines, line => line.Contains("Turn failed", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, line => line.Contains("zebra-canary", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_bot_runs_in_process_no_request_reaches_api_messages()
    {
        var logs = new CapturedLogs();
        await using var host = WebChannelHost.Start(
            new Dictionary<string, string?> { ["Logging:LogLevel:Microsoft.AspNetCore.Hosting"] = "Information" },
            services => services.AddSingleton<ILoggerProvider>(logs));
        var client = host.Client();
        await client.StartAsync();

        await client.PostAsync(DirectLineClient.Message("hi"));

        Assert.Contains(logs.Lines, line => line.Contains("/v3/directline/conversations/", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, line => line.Contains("/api/messages", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Posts_over_the_log_limit_drop_the_oldest_activities()
    {
        await using var host = WebChannelHost.Start(new Dictionary<string, string?> { ["WebChannel:MaxActivitiesPerConversation"] = "10" });
        var client = host.Client();
        await client.StartAsync();

        for (var index = 0; index < 6; index++)
        {
            await client.PostAsync(DirectLineClient.Message("menu"));
        }

        var activities = (await client.PollAsync()).Activities();
        Assert.Equal(10, activities.Count);
        Assert.Equal(Enumerable.Range(3, 10).Select(i => (long)i), activities.Select(activity => activity.Sequence()));
    }

    [Fact]
    public async Task Utf8_text_survives_the_round_trip()
    {
        await using var host = WebChannelHost.Start();
        var client = host.Client();
        await client.StartAsync();

        await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/activities",
            new StringContent(DirectLineClient.Message("¿dónde consigo naloxona? 💊").ToJsonString(), Encoding.UTF8, "application/json"));

        Assert.Equal("¿dónde consigo naloxona? 💊", (string?)(await client.PollAsync()).Activities()[0]["text"]);
    }
}
