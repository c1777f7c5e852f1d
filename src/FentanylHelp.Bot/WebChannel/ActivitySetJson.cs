using System.Globalization;
using System.Text;

namespace FentanylHelp.Bot.WebChannel;

/// <summary>Direct Line's ActivitySet, <c>{"activities":[...],"watermark":"N"}</c>, written from already serialized activities.</summary>
public static class ActivitySetJson
{
    public static string Write(IReadOnlyCollection<LoggedActivity> activities, long watermark)
    {
        var json = new StringBuilder(activities.Sum(activity => activity.Json.Length + 1) + 48);
        json.Append("{\"activities\":[");
        json.AppendJoin(',', activities.Select(activity => activity.Json));
        json.Append("],\"watermark\":\"").Append(watermark.ToString(CultureInfo.InvariantCulture)).Append("\"}");
        return json.ToString();
    }
}
