package org.agora.moderation.sanitizing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlPolicyTest {

    private final HtmlPolicy policy = new HtmlPolicy();

    @Test
    void keepsFormattingListsAndQuotes() {
        String html = "<p>Die <strong>Rechnung</strong> ist <em>falsch</em></p><ul><li>eins</li></ul>"
                + "<blockquote>zitiert</blockquote><h3>Titel</h3><pre><code>int x;</code></pre>";
        assertEquals(html, policy.sanitize(html));
    }

    @Test
    void marksLinksAsUserContent() {
        String out = policy.sanitize("<a href=\"https://example.org/x\">x</a>");
        assertTrue(out.contains("href=\"https://example.org/x\""), out);
        assertTrue(out.contains("rel=\"nofollow ugc noopener noreferrer\""), out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/a?b=c", "http://example.org", "mailto:service@example.org"})
    void keepsWebAndMailLinks(String href) {
        String out = policy.sanitize("<a href=\"" + href + "\">Link</a>");
        assertTrue(out.contains("href=\"" + href.replace("=", "&#61;").replace("@", "&#64;") + "\""), out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.org/f", "tel:+4930123", "file:///etc/passwd", "javascript:alert(1)"})
    void dropsOtherSchemes(String href) {
        String out = policy.sanitize("<a href=\"" + href + "\">Link</a>");
        assertFalse(out.contains("href"), out);
        assertTrue(out.contains("Link"), "the words stay: " + out);
    }

    /** Our own vectors, one or more for every category of the OWASP XSS filter-evasion cheat sheet. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '\u0000',
            textBlock =
                    """
            basic script                  | <SCRIPT SRC=https://xss.example/xss.js></SCRIPT>
            polyglot                      | jaVasCript:/*-/*`/*\\`/*'/*"/**/(/* */oNcliCk=alert() )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=alert()//>\\x3e
            img javascript directive      | <IMG SRC="javascript:alert('XSS');">
            no quotes no semicolon        | <IMG SRC=javascript:alert('XSS')>
            case insensitive              | <IMG SRC=JaVaScRiPt:alert('XSS')>
            html entities                 | <IMG SRC=javascript:alert(&quot;XSS&quot;)>
            grave accent                  | <IMG SRC=`javascript:alert("RSnake says, 'XSS'")`>
            malformed a tag               | <a onmouseover="alert(document.cookie)">xxs link</a>
            malformed a tag no quotes     | <a onmouseover=alert(document.cookie)>xxs link</a>
            malformed img                 | <IMG \"\"\"><SCRIPT>alert("XSS")</SCRIPT>\">
            fromCharCode                  | <IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>
            default src onerror           | <IMG SRC=# onmouseover="alert('xxs')">
            on error alert                | <IMG SRC=/ onerror="alert(String.fromCharCode(88,83,83))"></img>
            decimal char refs             | <a href=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>x</a>
            decimal no semicolons         | <a href=&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041>x</a>
            hex no semicolons             | <a href=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>x</a>
            embedded tab                  | <a href="jav	ascript:alert('XSS');">x</a>
            embedded encoded tab          | <a href="jav&#x09;ascript:alert('XSS');">x</a>
            embedded newline              | <a href="jav&#x0A;ascript:alert('XSS');">x</a>
            embedded carriage return      | <a href="jav&#x0D;ascript:alert('XSS');">x</a>
            null breaks up javascript     | <a href=java\0script:alert("XSS")>x</a>
            spaces before javascript      | <a href=" &#14;  javascript:alert('XSS');">x</a>
            non-alpha non-digit           | <SCRIPT/XSS SRC="http://xss.example/xss.js"></SCRIPT>
            non-alpha body onload         | <BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert("XSS")>
            extraneous open brackets      | <<SCRIPT>alert("XSS");//\\<</SCRIPT>
            no closing script tag         | <SCRIPT SRC=http://xss.example/xss.js?< B >
            protocol resolution           | <SCRIPT SRC=//xss.example/.j>
            half open html                | <IMG SRC="`<javascript:alert>`('XSS')"
            double open angle brackets    | <iframe src=http://xss.example/scriptlet.html <
            end title tag                 | </TITLE><SCRIPT>alert("XSS");</SCRIPT>
            input image                   | <INPUT TYPE="IMAGE" SRC="javascript:alert('XSS');">
            body image                    | <BODY BACKGROUND="javascript:alert('XSS')">
            img dynsrc                    | <IMG DYNSRC="javascript:alert('XSS')">
            img lowsrc                    | <IMG LOWSRC="javascript:alert('XSS')">
            list style image              | <STYLE>li {list-style-image: url("javascript:alert('XSS')");}</STYLE><UL><LI>XSS</br>
            vbscript in image             | <IMG SRC='vbscript:msgbox("XSS")'>
            svg object                    | <svg/onload=alert('XSS')>
            ecmascript 6                  | Set.constructor`alert\\x28document.domain\\x29`
            body tag                      | <BODY ONLOAD=alert('XSS')>
            bgsound                       | <BGSOUND SRC="javascript:alert('XSS');">
            javascript includes           | <BR SIZE="&{alert('XSS')}">
            style sheet                   | <LINK REL="stylesheet" HREF="javascript:alert('XSS');">
            remote style sheet            | <STYLE>@import'http://xss.example/xss.css';</STYLE>
            meta refresh                  | <META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert('XSS');">
            meta data url                 | <META HTTP-EQUIV="refresh" CONTENT="0;url=data:text/html base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4K">
            iframe                        | <IFRAME SRC="javascript:alert('XSS');"></IFRAME>
            iframe event                  | <IFRAME SRC=# onmouseover="alert(document.cookie)"></IFRAME>
            frame                         | <FRAMESET><FRAME SRC="javascript:alert('XSS');"></FRAMESET>
            table background              | <TABLE BACKGROUND="javascript:alert('XSS')">
            td background                 | <TABLE><TD BACKGROUND="javascript:alert('XSS')">
            div background image          | <DIV STYLE="background-image: url(javascript:alert('XSS'))">
            div expression                | <DIV STYLE="width: expression(alert('XSS'));">
            img style expression          | <IMG STYLE="xss:expr/*XSS*/ession(alert('XSS'))">
            style tag with comment        | <STYLE>@im\\port'\\ja\\vasc\\ript:alert("XSS")';</STYLE>
            anonymous html style          | <XSS STYLE="xss:expression(alert('XSS'))">
            base tag                      | <BASE HREF="javascript:alert('XSS');//">
            object tag                    | <OBJECT TYPE="text/x-scriptlet" DATA="http://xss.example/scriptlet.html"></OBJECT>
            embed svg                     | <EMBED SRC="data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH A6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcv MjAwMC9zdmciIHhtbG5zOnhsaW5rPSJodHRwOi8vd3d3LnczLm9yZy8xOTk5L3hs aW5rIiB2ZXJzaW9uPSIxLjAiIHg9IjAiIHk9IjAiIHdpZHRoPSIxOTQiIGhlaWdodD0iMjAw IiBpZD0ieHNzIj48c2NyaXB0IHR5cGU9InRleHQvZWNtYXNjcmlwdCI+YWxlcnQoIlh TUyIpOzwvc2NyaXB0Pjwvc3ZnPg==" type="image/svg+xml" AllowScriptAccess="always"></EMBED>
            xml data island               | <XML ID="xss"><I><B><IMG SRC="javas<!-- -->cript:alert('XSS')"></B></I></XML>
            cookie manipulation           | <META HTTP-EQUIV="Set-Cookie" Content="USERID=<SCRIPT>alert('XSS')</SCRIPT>">
            utf-7                         | <HEAD><META HTTP-EQUIV="CONTENT-TYPE" CONTENT="text/html; charset=UTF-7"> </HEAD>+ADw-SCRIPT+AD4-alert('XSS');+ADw-/SCRIPT+AD4-
            form action                   | <form action="https://evil.example"><input name=q><button>go</button></form>
            data url link                 | <a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>
            math href                     | <math><mtext><a xlink:href="javascript:alert(1)">x</a></mtext></math>
            details ontoggle              | <details open ontoggle=alert(1)>
            style attribute               | <p style="color:red">rot</p>
            h1 restyles the page          | <h1>big</h1>
            """)
    void nothingExecutableSurvives(String category, String attack) {
        String out = policy.sanitize(attack);
        assertEquals(List.of(), Executables.in(out), category + ": " + out);
        String lower = out.toLowerCase();
        for (String banned : List.of(
                "<script",
                "<style",
                "<iframe",
                "<object",
                "<embed",
                "<form",
                "<img",
                "<svg",
                "<h1",
                "style=",
                "javascript:",
                "vbscript:",
                "data:")) {
            if (banned.endsWith(":")) {
                assertFalse(lower.contains("href=\"" + banned), category + ": " + out);
            } else {
                assertFalse(lower.contains(banned), category + ": " + out);
            }
        }
    }

    /** The checker used above and by the XSS evaluation must see what it claims to see. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert(1)</script>",
                "<img src=x>",
                "<p onclick=\"alert(1)\">x</p>",
                "<a href=\"javascript:alert(1)\">x</a>",
                "<a href=\"&#106;avascript:alert(1)\">x</a>",
                "<a href=\"java&#x09;script:alert(1)\">x</a>",
                "<a href=\"data:text/html,x\">x</a>",
                "<p style=\"x\">x</p>",
                "<svg onload=alert(1)>"
            })
    void checkerFindsExecutableOutput(String output) {
        assertFalse(Executables.in(output).isEmpty(), output);
    }

    @Test
    void checkerAcceptsWhatThePolicyProduces() {
        assertEquals(
                List.of(),
                Executables.in("<p>a <a href=\"https://x.example/?a&#61;1\" rel=\"nofollow ugc noopener noreferrer\">"
                        + "b</a> &lt;script&gt; javascript:alert(1)</p>"));
    }

    @Test
    void nullBecomesEmpty() {
        assertEquals("", policy.sanitize(null));
    }
}
