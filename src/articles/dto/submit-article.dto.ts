import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { IsISO8601, IsString, Length } from 'class-validator';
import { ExactlyOneOf, IsHttpUrl, IsOmittable, IsOneLineName, IsReadableDate, IsReadableText } from '../../common/validation.js';

const PUBLISHED_AT_MESSAGE = 'publishedAt must be an ISO 8601 date, e.g. 2024-11-05T08:30:00Z';

/** What an externalId may be, on submission and on a revision alike. */
// One line: an id is matched and shown, and a tab or a direction override in it hid which id it was.
const IsExternalId = () => applyDecorators(IsOmittable(), IsString(), Length(1, 200), IsReadableText(), IsOneLineName());

export class SubmitArticleDto {
  @ApiPropertyOptional({ description: 'The article as plain text. Give exactly one of text or html.' })
  @ExactlyOneOf('html')
  @IsReadableText()
  text?: string;

  @ApiPropertyOptional({ description: 'The article as an HTML page; the article text is extracted from it.' })
  @IsReadableText()
  html?: string;

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOmittable()
  @IsString()
  @Length(1, 1000)
  @IsReadableText()
  title?: string;

  @ApiPropertyOptional({ example: 'https://example.org/news/alliance-of-despair', maxLength: 2048 })
  @IsOmittable()
  @IsHttpUrl('url')
  url?: string;

  @ApiPropertyOptional({
    description:
      "The newsroom system's own id; submitting it again with a different text makes a new revision of the article, with the same text returns it",
    maxLength: 200,
  })
  @IsExternalId()
  externalId?: string;

  @ApiPropertyOptional({ example: '2024-11-05T08:30:00Z', description: 'ISO 8601 date or date-time; one without an offset is UTC' })
  @IsOmittable()
  @IsReadableDate({ message: PUBLISHED_AT_MESSAGE })
  @IsISO8601({ strict: true, strictSeparator: true }, { message: PUBLISHED_AT_MESSAGE })
  publishedAt?: string;
}

/**
 * PUT /v1/articles/:id: the article's new text (a new revision); the rest as
 * on submission. A newsroom system sends its article as it submitted it, its
 * externalId included: the article's own is taken (it names the article the
 * path names), another is refused by the service (422). It was refused as an
 * unknown property, so the CMS's one article body needed a second shape.
 */
export class ReviseArticleDto extends OmitType(SubmitArticleDto, ['externalId'] as const) {
  @ApiPropertyOptional({
    description: "The article's own externalId, as submitted (optional): a revision never changes it, so another one is refused (422)",
    maxLength: 200,
  })
  @IsExternalId()
  externalId?: string;
}
