namespace ArticleGen.Tests.Feeds;

// Layouts of the feed tests. Stories are invented.

/// <summary>Ends with a literal line, so a feed splits after every "(END)" line without being told.</summary>
[ArticleLayout("""
    {Headline}
    By {Byline}

    {Body...}

    (END)
    """)]
public partial record EndStory(string Headline, string Byline, IReadOnlyList<string> Body);

/// <summary>Opens and closes with tags: the closing tag ends every story, the opening one can start it.</summary>
[ArticleLayout("""
    <DOC>
    <SLUG>{Slug}</SLUG>
    {Lines...}
    </DOC>
    """)]
public partial record DocStory(string Slug, IReadOnlyList<string> Lines);

/// <summary>Ends with a capture: a feed of these needs a declared separator.</summary>
[ArticleLayout("""
    SLUG {Slug}
    {Text}
    """)]
public partial record NoteStory(string Slug, string Text);

/// <summary>A CRLF agency feed: stories end with "(END)", and a written feed has CRLF everywhere, between stories too.</summary>
[ArticleLayout("""
    {Slug}
    {Text~}
    (END)
    """, NewLine = "\r\n")]
public partial record CrlfBulletin(string Slug, string Text);

/// <summary><see cref="EndStory"/> with UTF-8 members: read from a feed's reused buffer, they must be copies.</summary>
[ArticleLayout("""
    {Headline}
    By {Byline}

    {Body...}

    (END)
    """)]
public partial record EndStoryBytes(ReadOnlyMemory<byte> Headline, ReadOnlyMemory<byte> Byline, IReadOnlyList<ReadOnlyMemory<byte>> Body);
