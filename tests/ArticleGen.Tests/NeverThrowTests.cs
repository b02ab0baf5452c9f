using System.Text;

namespace ArticleGen.Tests;

/// <summary>TryParse answers every input with true or false; Parse throws only ArticleFormatException.</summary>
public class NeverThrowTests
{
    public static TheoryData<string> StoryNames => new() { nameof(Stories.YonhapWithPhoto), nameof(Stories.YonhapPlain), nameof(Stories.Ap), nameof(Stories.Feed) };

    [Theory]
    [MemberData(nameof(StoryNames))]
    public void Every_prefix_of_every_story_is_answered_without_throwing(string name)
    {
        string story = (string)typeof(Stories).GetField(name)!.GetValue(null)!;
        byte[] bytes = Encoding.UTF8.GetBytes(story);
        int accepted = 0;
        for (int length = 0; length <= story.Length; length++)
        {
            accepted += TryAll(story[..length]);
        }

        for (int length = 0; length <= bytes.Length; length++)
        {
            accepted += TryAllUtf8(bytes.AsSpan(0, length));
        }

        // The whole story is accepted by its own layout, by every path.
        Assert.True(accepted >= 2);
    }

    private static int TryAll(string text)
    {
        int accepted = 0;
        accepted += Check(YonhapStory.TryParse(text, out _), () => YonhapStory.Parse(text));
        accepted += Check(YonhapStory.TryParse(text.AsSpan(), out _), () => YonhapStory.Parse(text.AsSpan()));
        accepted += Check(ApStory.TryParse(text, out _), () => ApStory.Parse(text));
        accepted += Check(FeedStory.TryParse(text, out _), () => FeedStory.Parse(text));
        accepted += Check(Dateline.TryParse(text, out _), () => Dateline.Parse(text));
        return accepted;
    }

    private static int TryAllUtf8(ReadOnlySpan<byte> bytes)
    {
        byte[] copy = bytes.ToArray();
        int accepted = 0;
        accepted += Check(YonhapStory.TryParse(bytes, out _), () => YonhapStory.Parse(copy));
        accepted += Check(ApStory.TryParse(bytes, out _), () => ApStory.Parse(copy));
        accepted += Check(FeedStory.TryParse(bytes, out _), () => FeedStory.Parse(copy));
        return accepted;
    }

    /// <summary>TryParse and Parse must agree: Parse succeeds exactly when TryParse does, else throws ArticleFormatException.</summary>
    private static int Check(bool accepted, Func<object> parse)
    {
        if (accepted)
        {
            Assert.NotNull(parse());
            return 1;
        }

        var error = Assert.Throws<ArticleFormatException>(parse);
        Assert.True(error.Line >= 1 && error.Column >= 1);
        return 0;
    }

    [Fact]
    public void Null_string_is_false_not_an_exception()
    {
        Assert.False(YonhapStory.TryParse((string?)null, out YonhapStory? story));
        Assert.Null(story);
        Assert.Throws<ArgumentNullException>(() => YonhapStory.Parse((string)null!));
    }
}
