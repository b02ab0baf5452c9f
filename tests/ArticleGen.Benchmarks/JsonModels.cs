using System.Text.Json.Serialization;

namespace ArticleGen.Benchmarks;

/// <summary>Baseline B: the same story as JSON, read and written by System.Text.Json source generation.</summary>
public sealed record YonhapJson(DateOnly Date, string? Attention, DatelineJson Dateline, string Lead, IReadOnlyList<string> Body, string? PhotoCaption)
{
    public static YonhapJson From(YonhapStory s) =>
        new(s.Date, s.Attention, new DatelineJson(s.Dateline.City, s.Dateline.Date, s.Dateline.Agency), s.Lead, s.Body.ToArray(), s.PhotoCaption);
}

public sealed record DatelineJson(string City, string Date, string Agency);

[JsonSerializable(typeof(YonhapJson))]
public sealed partial class BenchJsonContext : JsonSerializerContext
{
}
