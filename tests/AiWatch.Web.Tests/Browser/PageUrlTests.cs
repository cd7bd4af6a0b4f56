namespace AiWatch.Web.Tests.Browser;

public sealed class PageUrlTests
{
    [Theory]
    [InlineData("**/admin", "http://127.0.0.1:5000/admin", true)]
    [InlineData("**/admin", "http://127.0.0.1:5000/admin/actors/new", false)]
    [InlineData("**/admin", "http://127.0.0.1:5000/account/signin?ReturnUrl=%2Fadmin", false)]
    [InlineData("**/account/signin?ReturnUrl=%2Fadmin", "http://127.0.0.1:5000/account/signin?ReturnUrl=%2Fadmin", true)]
    [InlineData("**/search?q=*Altman*", "http://127.0.0.1:5000/search?q=Sam+Altman&kind=quote", true)]
    [InlineData("**/search?q=*Altman*", "http://127.0.0.1:5000/search?q=Musk", false)]
    [InlineData("http://127.0.0.1:5000/", "http://127.0.0.1:5000/", true)]
    public void A_url_glob_matches_the_whole_address(string glob, string url, bool matches) =>
        Assert.Equal(matches, PageUrl.Pattern(glob).IsMatch(url));
}
