import { LINK_FORMS, MEDIA_FRAGMENT, linkFormOf, recordingLink, type LinkForm } from '../../src/model/recording-link';

describe('the link to a moment of a recording', () => {
  it('gives a file a media fragment in whole seconds, rounded down, replacing any fragment it had', () => {
    expect(recordingLink('https://example.org/v.mp4', 61_999)).toBe('https://example.org/v.mp4#t=61');
    expect(recordingLink('https://example.org/v.mp4#chapter-2', 61_000)).toBe('https://example.org/v.mp4#t=61');
    expect(recordingLink('https://example.org/v.mp4?token=a&b=c#t=5', 61_000)).toBe('https://example.org/v.mp4?token=a&b=c#t=61');
    expect(recordingLink('https://example.org/v.mp4', -500)).toBe('https://example.org/v.mp4#t=0');
  });

  it('puts t= in the query of a YouTube url, keeping its other parameters and dropping a fragment', () => {
    expect(recordingLink('https://www.youtube.com/watch?v=ID', 61_000)).toBe('https://www.youtube.com/watch?v=ID&t=61');
    expect(recordingLink('https://youtu.be/ID', 61_000)).toBe('https://youtu.be/ID?t=61');
    expect(recordingLink('https://youtu.be/ID?si=x%20y&t=5#t=9', 61_000)).toBe('https://youtu.be/ID?si=x%20y&t=61');
    expect(recordingLink('https://m.youtube.com/watch?t=3&v=ID&list=L#frag', 61_000)).toBe('https://m.youtube.com/watch?v=ID&list=L&t=61');
  });

  it('writes each YouTube url form as its player reads a start: t= for watch, youtu.be and /live/, start= for embeds, the watch page for Shorts', () => {
    expect(recordingLink('https://www.youtube.com/live/abcDEF_1-23?si=s', 61_000)).toBe('https://www.youtube.com/live/abcDEF_1-23?si=s&t=61');
    expect(recordingLink('https://www.youtube.com/embed/abcDEF_1-23?rel=0&t=4', 61_000)).toBe('https://www.youtube.com/embed/abcDEF_1-23?rel=0&start=61');
    expect(recordingLink('https://www.youtube-nocookie.com/embed/abcDEF_1-23?start=9#x', 3_600_000)).toBe('https://www.youtube-nocookie.com/embed/abcDEF_1-23?start=3600');
    expect(recordingLink('https://www.youtube.com/v/abcDEF_1-23', 61_000)).toBe('https://www.youtube.com/v/abcDEF_1-23?start=61');
    expect(recordingLink('https://youtube.com/shorts/abcDEF_1-23?feature=share', 61_000)).toBe('https://youtube.com/watch?v=abcDEF_1-23&t=61');
    expect(recordingLink('https://m.youtube.com/shorts/abcDEF_1-23', 61_000)).toBe('https://m.youtube.com/watch?v=abcDEF_1-23&t=61');
    // A url naming no one video (a playlist) keeps the query form.
    expect(recordingLink('https://www.youtube.com/playlist?list=PL1', 61_000)).toBe('https://www.youtube.com/playlist?list=PL1&t=61');
  });

  it('gives a Vimeo url #t=SECONDSs, keeping its query', () => {
    expect(recordingLink('https://vimeo.com/123', 61_000)).toBe('https://vimeo.com/123#t=61s');
    expect(recordingLink('https://player.vimeo.com/video/123?h=abc#t=5s', 61_000)).toBe('https://player.vimeo.com/video/123?h=abc#t=61s');
    expect(recordingLink('https://vimeo.com/123/4a5b6c7d8e', 61_000)).toBe('https://vimeo.com/123/4a5b6c7d8e#t=61s');
    expect(recordingLink('https://vimeo.com/channels/staffpicks/123?share=copy#t=1m', 61_000)).toBe('https://vimeo.com/channels/staffpicks/123?share=copy#t=61s');
  });

  it('matches hosts by whole domain name, not by a lookalike', () => {
    expect(linkFormOf('https://notyoutube.com/watch?v=ID').name).toBe(MEDIA_FRAGMENT.name);
    expect(linkFormOf('https://youtube.com.evil.example/v').name).toBe(MEDIA_FRAGMENT.name);
    expect(linkFormOf('HTTPS://WWW.YOUTUBE.COM/watch?v=ID').name).toBe('youtube');
    expect(linkFormOf('not a url#x').name).toBe(MEDIA_FRAGMENT.name);
  });

  it('gives a link it made the same moment again (segments carry links, hits re-link them)', () => {
    for (const url of ['https://example.org/v.mp4#chapter-2', 'https://www.youtube.com/watch?v=ID', 'https://vimeo.com/123', 'https://youtu.be/ID', 'https://www.youtube.com/embed/ID?t=3', 'https://youtube.com/shorts/ID', 'https://www.youtube.com/live/ID']) {
      expect(recordingLink(recordingLink(url, 61_000), 61_000)).toBe(recordingLink(url, 61_000));
      expect(recordingLink(recordingLink(url, 5_000), 61_000)).toBe(recordingLink(url, 61_000));
    }
  });

  it('takes another host form as one more entry', () => {
    const archive: LinkForm = { name: 'archive', hosts: (h) => h === 'archive.example', link: (url, s) => `${url.base}?start=${s}` };
    expect(recordingLink('https://archive.example/item/1#x', 61_000, [archive, ...LINK_FORMS])).toBe('https://archive.example/item/1?start=61');
  });
});
