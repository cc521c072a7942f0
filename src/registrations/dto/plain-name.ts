import { ValidateBy, ValidationOptions } from 'class-validator';
import { FIELD_MESSAGES } from '../../common/i18n/common-messages';
import { LocalText } from '../../common/i18n/local-text';

/** What a registration's name is refused with (the validation pipe's words for `plainName`): the web form recognises it to word it for the reader. */
export const NAME_HAS_LINK = FIELD_MESSAGES.plainName({ field: new LocalText('「姓名」', 'Name') });

/** Top-level domains that spam names are made of: a name such as 张三 zs.cn or 免费领取 a.top reads as a link in most mail clients. */
const TLDS = 'com|net|org|cn|io|co|cc|me|info|biz|xyz|top|vip|club|site|online|shop|app|dev|link|ly|gl|to|tk|ml|ga|cf|gq|ru|hk|tw|us|uk|de|jp|kr|icu|win|bid|live|fun|store|tech|work|pro|asia|mobi|tv|gov|edu|int';
/** A scheme, `www.`, an @, or something.tld: what a mail client would turn into a link. */
const LINKY = new RegExp(`[a-z][a-z0-9+.-]*:\\/\\/|\\bwww\\.|@|[a-z0-9-][.。．](?:${TLDS})\\b`, 'i');

/** True when the text would show as a link or an address in a message. */
export function looksLikeLink(text: string): boolean {
  return LINKY.test(text.normalize('NFKC'));
}

/**
 * A name with no link, web address or e-mail address in it: the confirmation names the attendee,
 * and a registration must not be a way to put someone's link in the federation's mail to anyone.
 */
export function PlainName(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'plainName',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || !looksLikeLink(value),
        defaultMessage: () => NAME_HAS_LINK.en,
      },
    },
    options,
  );
}
