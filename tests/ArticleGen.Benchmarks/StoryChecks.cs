namespace ArticleGen.Benchmarks;

/// <summary>
/// Field-by-field comparisons used by the [GlobalSetup]s: every compared method must do the same work on the
/// same input and produce the same result, or the setup throws and the benchmark reports an error.
/// </summary>
public static class StoryChecks
{
    public static void Same(YonhapStory expected, YonhapStory actual, string what)
    {
        Field(what, "Date", expected.Date, actual.Date);
        Field(what, "Attention", expected.Attention, actual.Attention);
        Field(what, "Dateline.City", expected.Dateline.City, actual.Dateline.City);
        Field(what, "Dateline.Date", expected.Dateline.Date, actual.Dateline.Date);
        Field(what, "Dateline.Agency", expected.Dateline.Agency, actual.Dateline.Agency);
        Field(what, "Lead", expected.Lead, actual.Lead);
        List(what, "Body", expected.Body, actual.Body);
        Field(what, "PhotoCaption", expected.PhotoCaption, actual.PhotoCaption);
    }

    public static void Same(YonhapStory expected, YonhapStoryMemory actual, string what)
    {
        Field(what, "Date", expected.Date, actual.Date);
        Field(what, "Attention", expected.Attention, actual.Attention?.ToString());
        Field(what, "Dateline.City", expected.Dateline.City, actual.Dateline.City.ToString());
        Field(what, "Dateline.Date", expected.Dateline.Date, actual.Dateline.Date.ToString());
        Field(what, "Dateline.Agency", expected.Dateline.Agency, actual.Dateline.Agency.ToString());
        Field(what, "Lead", expected.Lead, actual.Lead.ToString());
        List(what, "Body", expected.Body, actual.Body.Select(m => m.ToString()).ToArray());
        Field(what, "PhotoCaption", expected.PhotoCaption, actual.PhotoCaption?.ToString());
    }

    public static void Same(YonhapStory expected, YonhapStoryBytes actual, string what)
    {
        static string? S(ReadOnlyMemory<byte>? bytes) => bytes is { } b ? System.Text.Encoding.UTF8.GetString(b.Span) : null;
        Field(what, "Date", expected.Date, actual.Date);
        Field(what, "Attention", expected.Attention, S(actual.Attention));
        Field(what, "Dateline.City", expected.Dateline.City, S(actual.Dateline.City));
        Field(what, "Dateline.Date", expected.Dateline.Date, S(actual.Dateline.Date));
        Field(what, "Dateline.Agency", expected.Dateline.Agency, S(actual.Dateline.Agency));
        Field(what, "Lead", expected.Lead, S(actual.Lead));
        List(what, "Body", expected.Body, actual.Body.Select(m => S(m)!).ToArray());
        Field(what, "PhotoCaption", expected.PhotoCaption, S(actual.PhotoCaption));
    }

    public static void Same(YonhapStory expected, YonhapJson? actual, string what)
    {
        if (actual is null)
        {
            throw new InvalidOperationException($"{what}: returned null.");
        }

        Field(what, "Date", expected.Date, actual.Date);
        Field(what, "Attention", expected.Attention, actual.Attention);
        Field(what, "Dateline.City", expected.Dateline.City, actual.Dateline.City);
        Field(what, "Dateline.Date", expected.Dateline.Date, actual.Dateline.Date);
        Field(what, "Dateline.Agency", expected.Dateline.Agency, actual.Dateline.Agency);
        Field(what, "Lead", expected.Lead, actual.Lead);
        List(what, "Body", expected.Body, actual.Body);
        Field(what, "PhotoCaption", expected.PhotoCaption, actual.PhotoCaption);
    }

    public static void Same(ApStory expected, ApStory actual, string what)
    {
        Field(what, "Headline", expected.Headline, actual.Headline);
        Field(what, "Byline", expected.Byline, actual.Byline);
        Field(what, "Dateline", expected.Dateline, actual.Dateline);
        Field(what, "Lead", expected.Lead, actual.Lead);
        List(what, "Body", expected.Body, actual.Body);
        Field(what, "Contributors", expected.Contributors, actual.Contributors);
    }

    public static void Same(FeedStory expected, FeedStory actual, string what)
    {
        Field(what, "Slug", expected.Slug, actual.Slug);
        Field(what, "Headline", expected.Headline, actual.Headline);
        Field(what, "City", expected.City, actual.City);
        Field(what, "Date", expected.Date, actual.Date);
        Field(what, "Lead", expected.Lead, actual.Lead);
        List(what, "Body", expected.Body, actual.Body);
        Field(what, "Credits", expected.Credits, actual.Credits);
    }

    /// <summary>Same text, or an exception naming the first difference.</summary>
    public static void SameText(string expected, string actual, string what)
    {
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            return;
        }

        int i = 0;
        while (i < expected.Length && i < actual.Length && expected[i] == actual[i])
        {
            i++;
        }

        throw new InvalidOperationException(
            $"{what}: text differs at index {i} (expected length {expected.Length}, actual {actual.Length}): " +
            $"expected …{Excerpt(expected, i)}… but got …{Excerpt(actual, i)}…");
    }

    public static void SameBytes(ReadOnlySpan<byte> expected, ReadOnlySpan<byte> actual, string what)
    {
        if (!expected.SequenceEqual(actual))
        {
            SameText(System.Text.Encoding.UTF8.GetString(expected), System.Text.Encoding.UTF8.GetString(actual), what);
            throw new InvalidOperationException($"{what}: bytes differ.");
        }
    }

    private static void Field<T>(string what, string field, T expected, T actual)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
        {
            throw new InvalidOperationException($"{what}: {field} differs: expected [{Show(expected)}] but got [{Show(actual)}].");
        }
    }

    private static void List(string what, string field, IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        if (expected.SequenceEqual(actual, StringComparer.Ordinal))
        {
            return;
        }

        if (expected.Count != actual.Count)
        {
            throw new InvalidOperationException($"{what}: {field} has {actual.Count} items, expected {expected.Count}. " +
                $"First expected [{Show(expected.FirstOrDefault())}], first actual [{Show(actual.FirstOrDefault())}].");
        }

        for (int i = 0; i < expected.Count; i++)
        {
            Field(what, $"{field}[{i}]", expected[i], actual[i]);
        }
    }

    private static string Show<T>(T value)
    {
        string s = value?.ToString() ?? "null";
        s = s.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
        return s.Length > 160 ? s[..160] + "…" : s;
    }

    private static string Excerpt(string s, int at)
    {
        int start = Math.Max(0, at - 30);
        int end = Math.Min(s.Length, at + 30);
        return Show(s[start..end]);
    }
}
