using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace FentanylHelp.Bot.Tests.WebChannel;

/// <summary>Makes the HTTP calls Web Chat's Direct Line client makes, in the same shape, and keeps the token it is given.</summary>
internal sealed class DirectLineClient(HttpClient http)
{
    public const string BotAgent = "DirectLine/3.0 (directlinejs; WebChat/4.18.1 (Full) 0.15.5)";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public string ConversationId { get; private set; } = string.Empty;

    public string UserId { get; private set; } = string.Empty;

    public string Token { get; set; } = string.Empty;

    public string StreamUrl { get; private set; } = string.Empty;

    /// <summary>What the page does first: a token for a new conversation from the bot's own origin.</summary>
    public async Task<JsonObject> GetTokenAsync()
    {
        using var response = await http.PostAsync("/webchat/token", null, Cancel);
        response.EnsureSuccessStatusCode();
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>(Cancel))!;
        ConversationId = (string)body["conversationId"]!;
        UserId = (string)body["userId"]!;
        Token = (string)body["token"]!;
        return body;
    }

    /// <summary>Token, then POST /conversations, as createDirectLine({ token }) does.</summary>
    public async Task<JsonObject> StartAsync()
    {
        await GetTokenAsync();
        using var response = await SendAsync(HttpMethod.Post, "/v3/directline/conversations", JsonContent.Create(new JsonObject { ["user"] = new JsonObject { ["id"] = "someone-else" }, ["locale"] = "en-US" }));
        response.EnsureSuccessStatusCode();
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>(Cancel))!;
        Token = (string)body["token"]!;
        StreamUrl = (string)body["streamUrl"]!;
        return body;
    }

    public async Task<JsonObject> ReconnectAsync(string watermark = "")
    {
        using var response = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{ConversationId}?watermark={watermark}");
        response.EnsureSuccessStatusCode();
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>(Cancel))!;
        Token = (string)body["token"]!;
        StreamUrl = (string)body["streamUrl"]!;
        return body;
    }

    public Task<HttpResponseMessage> PostActivityAsync(JsonObject activity) =>
        SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{ConversationId}/activities", JsonContent.Create(activity));

    /// <summary>Posts and returns the id the channel gave the activity.</summary>
    public async Task<string> PostAsync(JsonObject activity)
    {
        using var response = await PostActivityAsync(activity);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>(Cancel))!["id"]!;
    }

    public async Task<JsonObject> PollAsync(string watermark = "")
    {
        using var response = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{ConversationId}/activities?watermark={watermark}");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>(Cancel))!;
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content = null, string? token = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? Token);
        request.Headers.Add("x-ms-bot-agent", BotAgent);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return await http.SendAsync(request, Cancel);
    }

    /// <summary>An activity as Web Chat 4.18.1 posts it: with its envelope and a random clientActivityID.</summary>
    public static JsonObject Message(string text, string locale = "en-US") => Envelope(new JsonObject
    {
        ["type"] = "message",
        ["text"] = text,
        ["textFormat"] = "plain",
        ["attachments"] = new JsonArray(),
    }, locale);

    /// <summary>What tapping an Adaptive Card Action.Submit with object data sends (a postBack).</summary>
    public static JsonObject Tap(JsonNode data, string locale = "en-US")
    {
        var activity = Envelope(new JsonObject { ["type"] = "message", ["value"] = data.DeepClone() }, locale);
        activity["channelData"]!["postBack"] = true;
        return activity;
    }

    public static JsonObject Join(string locale = "en-US", JsonObject? value = null) =>
        Envelope(new JsonObject { ["type"] = "event", ["name"] = "webchat/join", ["value"] = value ?? new JsonObject() }, locale);

    public static JsonObject Envelope(JsonObject activity, string locale = "en-US")
    {
        activity["channelId"] = "webchat";
        activity["from"] = new JsonObject { ["id"] = "r_forged", ["name"] = "", ["role"] = "user" };
        activity["locale"] = locale;
        activity["localTimestamp"] = "2026-11-27T07:00:00.000-05:00";
        activity["localTimezone"] = "America/New_York";
        activity["channelData"] = new JsonObject { ["clientActivityID"] = Guid.NewGuid().ToString("N")[..10], ["attachmentSizes"] = new JsonArray() };
        return activity;
    }

    public static string ClientActivityId(JsonObject activity) => (string)activity["channelData"]!["clientActivityID"]!;

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    /// <summary>The code of a Direct Line error answer (<c>{"error": {"code": ...}}</c>).</summary>
    public static async Task<string?> ErrorCodeAsync(HttpResponseMessage response) =>
        (string?)(await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!["error"]!["code"];
}
