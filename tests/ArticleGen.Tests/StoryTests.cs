using System.Text;

namespace ArticleGen.Tests;

/// <summary>Whole stories in each sample format, read field by field and written back.</summary>
public class StoryTests
{
    [Fact]
    public void Yonhap_story_is_read_field_by_field()
    {
        YonhapStory story = YonhapStory.Parse(Stories.YonhapWithPhoto);

        Assert.Equal(new DateOnly(2024, 3, 5), story.Date);
        Assert.Equal("ADDS photo (file) in para 3", story.Attention);
        Assert.Equal(new Dateline("BUSAN", "March 5", "Yonhap"), story.Dateline);
        Assert.StartsWith("The port city of Busan", story.Lead);
        Assert.EndsWith("after the winter season.", story.Lead);
        Assert.Equal(3, story.Body.Count);
        Assert.StartsWith("The two-story barge", story.Body[0]);
        Assert.Equal("\"We wanted a place where people can read while the ships go by,\" a bureau official said. \"It is small, but it floats.\"", story.Body[1]);
        Assert.StartsWith("Admission will be free -- except", story.Body[2]);
        Assert.Equal("This file photo, provided by the Busan city government, shows the barge that will house the floating library. (PHOTO NOT FOR SALE) (Yonhap)", story.PhotoCaption);
    }

    [Fact]
    public void Yonhap_story_without_optional_parts_has_nulls()
    {
        YonhapStory story = YonhapStory.Parse(Stories.YonhapPlain);

        Assert.Null(story.Attention);
        Assert.Null(story.PhotoCaption);
        Assert.Equal("SEJONG", story.Dateline.City);
        Assert.Equal("Nov. 2", story.Dateline.Date);
        Assert.Equal(2, story.Body.Count);
        Assert.Equal("Officials said they would buy 100,000 tons from farmers to steady the market.", story.Body[1]);
    }

    [Theory]
    [InlineData(nameof(Stories.YonhapWithPhoto))]
    [InlineData(nameof(Stories.YonhapPlain))]
    public void Yonhap_story_round_trips_byte_for_byte(string name)
    {
        string text = StoryText(name);
        byte[] bytes = Encoding.UTF8.GetBytes(text);

        YonhapStory story = YonhapStory.Parse(bytes);

        Assert.Equal(text, story.Format());
        var written = new System.Buffers.ArrayBufferWriter<byte>();
        story.WriteTo(written);
        Assert.Equal(bytes, written.WrittenSpan.ToArray());
        Assert.Equal(story, YonhapStory.Parse(story.Format()));
    }

    [Fact]
    public void Utf8_string_and_span_paths_agree()
    {
        foreach (string text in new[] { Stories.YonhapWithPhoto, Stories.YonhapPlain })
        {
            YonhapStory fromString = YonhapStory.Parse(text);
            YonhapStory fromSpan = YonhapStory.Parse(text.AsSpan());
            YonhapStory fromUtf8 = YonhapStory.Parse(Encoding.UTF8.GetBytes(text));
            Assert.Equal(fromString, fromSpan);
            Assert.Equal(fromString, fromUtf8);

            Span<char> chars = new char[text.Length];
            Assert.True(fromUtf8.TryFormat(chars, out int charsWritten));
            Span<byte> utf8 = new byte[Encoding.UTF8.GetByteCount(text)];
            Assert.True(fromUtf8.TryFormat(utf8, out int bytesWritten));
            Assert.Equal(text, chars[..charsWritten].ToString());
            Assert.Equal(text, Encoding.UTF8.GetString(utf8[..bytesWritten]));
        }
    }

    [Fact]
    public void Ap_story_with_headline_byline_and_end_marker()
    {
        ApStory story = ApStory.Parse(Encoding.UTF8.GetBytes(Stories.Ap));

        Assert.Equal("Glacier survey finds faster melt on northern slopes", story.Headline);
        Assert.Equal("MARTA OLSEN", story.Byline);
        Assert.Equal("TROMSO, Norway", story.Dateline);
        Assert.StartsWith("Scientists measuring a glacier", story.Lead);
        Assert.Equal(2, story.Body.Count);
        Assert.Equal("\"We ran out of stake,\" said lead researcher Ida Brekke.", story.Body[1]);
        Assert.Equal("Associated Press writer Jon Haug in Oslo contributed to this report.", story.Contributors);
        Assert.Equal(Stories.Ap, story.Format());
    }

    [Fact]
    public void Ap_story_without_contributors()
    {
        string text = Stories.Ap.Replace("___\n\nAssociated Press writer Jon Haug in Oslo contributed to this report.\n\n", string.Empty);

        ApStory story = ApStory.Parse(text);

        Assert.Null(story.Contributors);
        Assert.Equal(2, story.Body.Count);
        Assert.Equal(text, story.Format());
    }

    [Fact]
    public void Feed_story_with_crlf_and_hard_wrapped_indented_paragraphs()
    {
        FeedStory story = FeedStory.Parse(Encoding.UTF8.GetBytes(Stories.Feed));

        Assert.Equal("BC-Markets-Stocks 11-28 0412", story.Slug);
        Assert.Equal("Stocks edge up as bond yields ease", story.Headline);
        Assert.Equal("LONDON", story.City);
        Assert.Equal("Nov 28", story.Date);
        Assert.Equal("World stocks edged higher on Thursday\nas government bond yields eased after softer inflation readings in\nEurope, while the dollar held near a two-week low.", story.Lead);
        Assert.Equal(2, story.Body.Count);
        Assert.Equal("The MSCI world index rose 0.3 percent by midday, its fifth gain\nin six sessions.", story.Body[0]);
        Assert.Equal("Ana Ruiz; Editing by Tom Price", story.Credits);

        // Output is canonical: LF line breaks. The CRLF input differs only in its line ends.
        Assert.Equal(Stories.Feed.Replace("\r\n", "\n"), story.Format());
        Assert.Equal(story, FeedStory.Parse(story.Format()));
    }

    private static string StoryText(string name) => (string)typeof(Stories).GetField(name)!.GetValue(null)!;
}
