#!/usr/bin/env python3
"""Writes the saved-web-page fixtures (NN-template.html) and their truth files (.truth) from the
invented articles in articles.py. Each template imitates the markup of a common news-site
layout, with the furniture that goes with it. Deterministic: rerun after editing, commit both.

Truth file lines: "title: ", "outlet: ", "author: ", "date: " (ISO date of publication),
"body: " one per body paragraph, "junk: " text that must never end up in a body paragraph."""
import html
import json
import os

from articles import ARTICLES, RELATED

HERE = os.path.dirname(os.path.abspath(__file__))
E = html.escape


def ps(paragraphs, cls=""):
    attr = f' class="{cls}"' if cls else ""
    return "\n".join(f"<p{attr}>{E(p)}</p>" for p in paragraphs)


def head(a, extra=""):
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{E(a['title'])} | {E(a['outlet'])}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{extra}
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({{"section": "news"}});</script>
<style>.ad-slot {{ min-height: 250px; }}</style>
</head>"""


def og(a):
    return f"""<meta property="og:title" content="{E(a['title'])}">
<meta property="og:site_name" content="{E(a['outlet'])}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{a['date']}">
<meta name="author" content="{E(a['author'])}">"""


def jsonld(a):
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
            "datePublished": a["date"], "dateModified": a["date"],
            "author": [{"@type": "Person", "name": a["author"]}],
            "publisher": {"@type": "Organization", "name": a["outlet"]}}
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def related_list(heading):
    items = "".join(f'<li><a href="/news/{i}">{E(t)}</a></li>' for i, t in enumerate(RELATED))
    return f"<h3>{E(heading)}</h3><ul>{items}</ul>"


def nav():
    return """<header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li></ul></nav></header>"""


def wordpress(a):
    b = a["body"]
    page = head(a, og(a)) + f"""
<body class="post-template-default single single-post has-sidebar">{nav()}
<div id="page" class="site"><div id="content" class="site-content"><div id="primary" class="content-area">
<main id="main" class="site-main"><article id="post-812" class="post-812 post type-post status-publish">
<header class="entry-header"><h1 class="entry-title">{E(a['title'])}</h1>
<div class="entry-meta"><span class="byline">By {E(a['author'])}</span> <time class="entry-date published" datetime="{a['date']}">Posted on 3 March</time></div></header>
<div class="entry-content">
<figure class="wp-block-image"><img src="pier.jpg" alt=""><figcaption>{E(a['caption'])}</figcaption></figure>
{ps(b[:2])}
<p><strong>Related:</strong> <a href="/x">{E(RELATED[0])}</a></p>
{ps(b[2:])}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li>Twitter</li><li>Facebook</li></ul></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline">Related</h3>
<p>{E(RELATED[1])}</p><p>{E(RELATED[2])}</p></div>
</div></article>
<div id="comments" class="comments-area"><h2>2 thoughts on this post</h2><p>I walk past that pier every single morning and it has looked unsafe for years now.</p></div>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget"><h2>Recent Posts</h2><ul><li>{E(RELATED[3])}</li></ul></section></aside>
</div><footer id="colophon" class="site-footer"><p>Proudly powered by a content system. All rights reserved.</p></footer></div></body></html>"""
    return page, ["Related: " + RELATED[0], RELATED[1], RELATED[2], "I walk past that pier", "Recent Posts", "Share this"]


def arc(a):
    b = a["body"]
    body = ""
    for i, p in enumerate(b):
        body += f'<p class="b-article-body__paragraph" data-el="text">{E(p)}</p>\n'
        if i == 1:
            body += '<div class="arcad_feature"><div class="ad-slot" id="ad-mid"><span>Advertisement</span></div></div>\n'
        if i == 2:
            body += f'<div class="b-interstitial-link"><p class="b-interstitial-link__text">Read more: <a href="/r">{E(RELATED[3])}</a></p></div>\n'
    page = head(a, og(a)) + f"""
<body><div id="fusion-app"><div class="b-header">{nav()}</div>
<div class="b-article"><header class="b-headline"><h1 class="c-heading">{E(a['title'])}</h1></header>
<div class="b-byline"><span class="c-attribution">By <a href="/people/x">{E(a['author'])}</a></span>
<time datetime="{a['date']}">May 14, 2024 at 5:20 p.m.</time></div>
<figure class="c-media-item"><img src="lanes.jpg" alt=""><figcaption class="c-media-item__caption">{E(a['caption'])} (Photo: Staff/Valley Courier)</figcaption></figure>
<div class="b-article-body">
{body}</div>
<div class="b-author-bio"><p class="c-paragraph">{E(a['author'])} covers city hall and transport for the paper.</p></div>
</div>
<div class="b-footer"><p>© 2024 Valley Courier Media. All rights reserved.</p></div></div></body></html>"""
    return page, ["Advertisement", "Read more: " + RELATED[3], "covers city hall and transport", "All rights reserved"]


def amp(a):
    b = a["body"]
    page = f"""<!doctype html>
<html ⚡ lang="en"><head><meta charset="utf-8"><title>{E(a['title'])} - {E(a['outlet'])}</title>
<link rel="canonical" href="https://example.org/library-reopens">
{jsonld(a)}
<script async src="https://cdn.ampproject.org/v0.js"></script>
<style amp-custom>body {{ font-family: serif; }}</style></head>
<body><amp-analytics type="gtag"><script type="application/json">{{"vars": {{}}}}</script></amp-analytics>
<amp-consent id="consent" layout="nodisplay"><div class="consent-ui"><p>We use cookies to personalise content and ads. By continuing you agree to our cookie policy.</p><button>Accept</button></div></amp-consent>
<header class="amp-header"><a href="/">{E(a['outlet'])}</a></header>
<article class="amp-article"><h1 class="amp-title">{E(a['title'])}</h1>
<p class="amp-byline">By {E(a['author'])}</p>
<amp-img src="library.jpg" width="800" height="500" layout="responsive" alt="{E(a['caption'])}"></amp-img>
<p class="amp-caption">{E(a['caption'])}</p>
{ps(b[:2])}
<amp-ad width="300" height="250" type="doubleclick" data-slot="/1/news"><div fallback><p>Advertisement loading failed; please disable your ad blocker.</p></div></amp-ad>
{ps(b[2:])}
<amp-social-share type="twitter"><span>Share on Twitter</span></amp-social-share>
</article>
<amp-sticky-ad layout="nodisplay"><amp-ad type="doubleclick" data-slot="/1/sticky"><p>Sponsored message from our partners</p></amp-ad></amp-sticky-ad>
</body></html>"""
    return page, ["We use cookies", "Advertisement loading failed", "Share on Twitter", "Sponsored message"]


def jsonld_only(a):
    b = a["body"]
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Coastal Times - News</title>
{jsonld(a)}</head>
<body><div class="wrapper">{nav()}
<div class="story"><h1>{E(a['title'])}</h1>
<div class="story-meta">Updated 21 November 2024, 06:30 GMT</div>
<div class="story-text">{ps(b)}</div>
<div class="story-tags"><a href="/t/storm">Storm</a> <a href="/t/energy">Energy</a></div></div>
<div class="cookie-notice" id="cookie-law-info-bar"><p>This website uses cookies to improve your experience. Accept all cookies or manage your settings.</p></div>
</div></body></html>"""
    return page, ["uses cookies", "Storm Energy"]


def rail(a):
    b = a["body"]
    page = head(a, og(a)) + f"""
<body>{nav()}
<div class="layout"><div class="col-main"><article>
<h1>{E(a['title'])}</h1><p class="byline">By {E(a['author'])}, Business reporter</p>
{ps(b[:3])}
<div class="inline-rail"><h4>More from Midland Post</h4><ul>{''.join(f'<li><a href="#">{E(t)}</a></li>' for t in RELATED[:3])}</ul></div>
{ps(b[3:])}
</article></div>
<div class="col-right"><div class="rail-module">{related_list('Latest news')}</div></div></div>
<div class="site-foot"><p>Midland Post Ltd, registered in the Midland region. Contact us, Careers, Terms of use.</p></div></body></html>"""
    return page, list(RELATED[:3]) + ["More from Midland Post", "registered in the Midland region"]


def cookie_first(a):
    b = a["body"]
    page = head(a, og(a)) + f"""
<body>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat"><div class="ot-sdk-container">
<p id="onetrust-policy-text">We and our partners store and access information on your device, such as cookies, to show personalised ads and measure how the site is used.</p>
<p>You can change your choices at any time by visiting Privacy Settings at the bottom of every page.</p>
<button id="onetrust-accept-btn-handler">I Accept</button></div></div></div>
{nav()}
<div class="container"><div class="article-wrap">
<h1 class="headline">{E(a['title'])}</h1>
<div class="meta">By {E(a['author'])} | August 27, 2024</div>
<div class="text">{ps(b)}</div>
</div></div></body></html>"""
    return page, ["store and access information on your device", "Privacy Settings"]


def inline_ads(a):
    b = a["body"]
    body = ""
    for i, p in enumerate(b):
        body += f"<p>{E(p)}</p>\n"
        body += f'<div class="dfp-wrapper" data-slot="inread-{i}"><div class="dfp-label">ADVERTISEMENT</div></div>\n'
        if i == 1:
            body += '<div class="teads-inread"><p>Story continues below this ad</p></div>\n'
    page = head(a, og(a) + jsonld(a)) + f"""
<body>{nav()}<main><article class="article">
<h1>{E(a['title'])}</h1>
<figure><img src="masks.jpg" alt=""><figcaption>{E(a['caption'])} Photo: Museum press office</figcaption></figure>
<div class="article__body">{body}</div>
<p class="article__copyright">Copyright Capital Observer 2024</p>
</article></main></body></html>"""
    return page, ["ADVERTISEMENT", "Story continues below", "Copyright Capital Observer"]


def captions(a):
    b = a["body"]
    page = head(a, og(a)) + f"""
<body>{nav()}<div id="story"><h1>{E(a['title'])}</h1>
<div class="byline">{E(a['author'])} · 1 July 2024</div>
<div class="story-body">
<div class="image-block"><img src="bridge.jpg" alt=""><div class="image-caption">{E(a['caption'])}</div><div class="image-credit">Nils Aron/Riverside Daily</div></div>
{ps(b[:2])}
<p class="wp-caption-text">The old crossing, pictured in 1962, was limited to one lane last winter.</p>
{ps(b[2:])}
<div class="gallery"><span class="caption">Slide 1 of 4: Workers fix the final deck segment.</span></div>
</div></div></body></html>"""
    return page, ["Nils Aron/Riverside Daily", "pictured in 1962", "Slide 1 of 4"]


def most_read(a):
    b = a["body"]
    items = "".join(f'<li><span class="rank">{i + 1}</span><a href="#">{E(t)}</a></li>' for i, t in enumerate(RELATED))
    page = head(a, og(a)) + f"""
<body>{nav()}<div class="page"><div class="content">
<h1>{E(a['title'])}</h1><p class="dateline">22 July 2024, 13:15</p>
{ps(b)}
<div class="mostread-box"><h2>Most read</h2><ol>{items}</ol></div>
</div></div></body></html>"""
    return page, list(RELATED) + ["Most read"]


def newsletter(a):
    b = a["body"]
    page = head(a, og(a)) + f"""
<body>{nav()}<article><header><h1>{E(a['title'])}</h1><p>By {E(a['author'])}</p></header>
<section class="article-content">
{ps(b[:2])}
<div class="inline-signup-box"><h3>The Frontier Briefing</h3><p>Get the day's most important stories in your inbox every morning.</p>
<form><input type="email" placeholder="Email address"><button>Sign up</button></form>
<p>By signing up you agree to our privacy notice.</p></div>
{ps(b[2:])}
<div class="support-box"><p>Independent journalism needs your support. Become a member today from 5 crowns a month.</p></div>
</section></article></body></html>"""
    return page, ["in your inbox every morning", "By signing up", "Become a member today", "The Frontier Briefing"]


def div_soup(a):
    b = a["body"]
    rows = "".join(f'<div class="teaser"><a href="#">{E(t)}</a><span>2 hours ago</span></div>' for t in RELATED)
    page = head(a, og(a)) + f"""
<body><div id="top">{nav()}</div>
<div class="c1"><div class="c2">
<div class="t1">{E(a['title'])}</div>
<div class="c3"><font size="2">By {E(a['author'])}, 12 February 2024</font></div>
<div class="c4">{'<br><br>'.join(E(p) for p in b)}</div>
</div>
<div class="c5">{rows}</div></div>
<div class="c6">Island Voice · Harbour Road 4 · Tip us off: newsdesk at islandvoice</div>
</body></html>"""
    return page, list(RELATED) + ["Harbour Road 4", "2 hours ago"]


def liveblog_style(a):
    b = a["body"]
    posts = "".join(f'<div class="post-entry"><time>{22 - i}:0{i}</time><p>{E(p)}</p><div class="post-share">Copy link Share</div></div>'
                    for i, p in enumerate(b))
    page = head(a, og(a) + jsonld(a)) + f"""
<body>{nav()}<main id="main-content"><h1>{E(a['title'])}</h1>
<div class="summary-box"><h2>Key points</h2><ul><li>Three night routes from Friday</li><li>Buses every thirty minutes</li></ul></div>
<div class="posts">{posts}</div>
<div class="topics"><h2>Related topics</h2><a href="#">Transport</a></div>
</main></body></html>"""
    return page, ["Copy link", "Related topics", "Key points"]


TEMPLATES = [wordpress, arc, amp, jsonld_only, rail, cookie_first, inline_ads, captions, most_read, newsletter, div_soup,
             liveblog_style]


def main():
    for i, (template, article) in enumerate(zip(TEMPLATES, ARTICLES)):
        name = f"{i + 1:02d}-{template.__name__.replace('_', '-')}"
        page, junk = template(article)
        with open(os.path.join(HERE, name + ".html"), "w", encoding="utf-8") as f:
            f.write(page + "\n")
        lines = [f"title: {article['title']}", f"outlet: {article['outlet']}", f"author: {article['author']}",
                 f"date: {article['date'][:10]}"]
        lines += [f"body: {p}" for p in article["body"]]
        lines += [f"junk: {j}" for j in junk]
        with open(os.path.join(HERE, name + ".truth"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
