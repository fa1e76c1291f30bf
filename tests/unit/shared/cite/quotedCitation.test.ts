import { describe, expect, it } from 'vitest';
import { quotedCitation } from '../../../../shared/cite/quotedCitation';

const note = {
  html: 'Amnesty International, “Kazakhstan,” <i>PanARMENIAN.Net</i>, para. 3.',
  text: 'Amnesty International, “Kazakhstan,” PanARMENIAN.Net, para. 3.',
};

describe('a quote with its citation, as pasted', () => {
  it('follows the quote with an in-text citation in the same sentence', () => {
    const cited = quotedCitation(
      'at least 225   people\nwere killed',
      {
        html: '(Okafor, 2022, para. 3)',
        text: '(Okafor, 2022, para. 3)',
      },
      false,
    );
    expect(cited.text).toBe('“at least 225 people were killed” (Okafor, 2022, para. 3)');
  });

  it('gives a note style’s quote a footnote number and the note a line of its own', () => {
    const cited = quotedCitation('were killed', note, true);
    expect(cited.text).toBe(`“were killed”¹\n\n¹ ${note.text}`);
    expect(cited.html).toBe(`“were killed”<sup>1</sup><br><br><sup>1</sup> ${note.html}`);
  });

  it('escapes the quote’s markup characters in the HTML', () => {
    expect(quotedCitation('a <b> & c', note, false).html).toContain('“a &lt;b&gt; &amp; c”');
  });
});
