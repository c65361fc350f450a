import { vimeoVideo, youTubeVideo } from '../../src/model/video-hosts';

describe('the video a host url names', () => {
  it('reads the video id from every YouTube url form, on any subdomain', () => {
    const id = 'dQw4w9WgXcQ';
    expect(youTubeVideo(`https://www.youtube.com/watch?v=${id}&list=L`)).toEqual({ id, form: 'watch' });
    expect(youTubeVideo(`https://m.youtube.com/watch?feature=x&v=${id}`)).toEqual({ id, form: 'watch' });
    expect(youTubeVideo(`https://youtu.be/${id}?t=5`)).toEqual({ id, form: 'short-link' });
    expect(youTubeVideo(`https://www.youtube.com/live/${id}?si=abc`)).toEqual({ id, form: 'live' });
    expect(youTubeVideo(`https://www.youtube.com/embed/${id}`)).toEqual({ id, form: 'embed' });
    expect(youTubeVideo(`https://www.youtube-nocookie.com/embed/${id}?start=3`)).toEqual({ id, form: 'embed' });
    expect(youTubeVideo(`https://youtube.com/shorts/${id}/`)).toEqual({ id, form: 'shorts' });
    expect(youTubeVideo(`https://music.youtube.com/watch?v=${id}`)).toEqual({ id, form: 'watch' });
  });

  it('names no video for a channel, a playlist, a lookalike host or an id that is not one', () => {
    expect(youTubeVideo('https://www.youtube.com/@itu')).toBeUndefined();
    expect(youTubeVideo('https://www.youtube.com/playlist?list=PL1')).toBeUndefined();
    expect(youTubeVideo('https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ')).toBeUndefined();
    expect(youTubeVideo('https://www.youtube.com/watch?v=a"b<c')).toBeUndefined();
    expect(youTubeVideo('https://www.youtube.com/embed/x/y')).toBeUndefined();
    expect(youTubeVideo('not a url')).toBeUndefined();
  });

  it('names no video for an embed url of a playlist or a channel’s live stream (no id in its path)', () => {
    expect(youTubeVideo('https://www.youtube.com/embed/videoseries?list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG')).toBeUndefined();
    expect(youTubeVideo('https://www.youtube-nocookie.com/embed/videoseries?si=s&list=PL1')).toBeUndefined();
    expect(youTubeVideo('https://www.youtube.com/embed/live_stream?channel=UC123')).toBeUndefined();
  });

  it('reads the video id (and an unlisted video\u2019s key) from Vimeo url forms', () => {
    expect(vimeoVideo('https://vimeo.com/76979871')).toEqual({ id: '76979871' });
    expect(vimeoVideo('https://vimeo.com/76979871/4a5b6c7d8e?share=copy')).toEqual({ id: '76979871', hash: '4a5b6c7d8e' });
    expect(vimeoVideo('https://player.vimeo.com/video/76979871?h=4a5b6c7d8e')).toEqual({ id: '76979871', hash: '4a5b6c7d8e' });
    expect(vimeoVideo('https://vimeo.com/channels/staffpicks/76979871')).toEqual({ id: '76979871' });
    expect(vimeoVideo('https://vimeo.com/showcase/123/video/76979871')).toEqual({ id: '76979871' });
    expect(vimeoVideo('https://vimeo.com/groups/g/videos/76979871')).toEqual({ id: '76979871' });
    expect(vimeoVideo('https://vimeo.com/about')).toBeUndefined();
    expect(vimeoVideo('https://notvimeo.com/76979871')).toBeUndefined();
  });
});
