using FentanylHelp.Bot.BotFramework;
using FentanylHelp.Bot.Content;
using FentanylHelp.Bot.Health;
using FentanylHelp.Bot.Storage;
using FentanylHelp.Bot.WebChannel;
using FentanylHelp.Bot.WebPages;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddDialogContent(builder.Configuration);
builder.Services.AddConversationStorage(builder.Configuration);
builder.Services.AddBotFrameworkEdge();
builder.Services.AddBotHealthChecks();
builder.Services.AddWebChannel(builder.Configuration);
builder.Services.AddWebPages();

var app = builder.Build();

app.UseSafeErrors();
app.UseWebPages();
app.UseWebChannel();
app.MapBotEndpoints();
app.MapBotHealthChecks();
app.MapWebChannel();
app.MapWebPages();

app.Run();

/// <summary>Entry point; public so functional tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
