import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, MaxLength } from 'class-validator';
import { ROLES, type Role } from '../../auth/role.js';
import { normalizeEmail } from '../normalize-email.js';
import { HasNoCompatibilityForm, HasNoInvisibleCharacter, IsOneScript } from './one-script.js';
import { IsNewPassword } from './password-policy.js';


export class CreateUserDto {
  @ApiProperty({ example: 'checker@example.org', maxLength: 254 })
  // Spelt as it is stored and signed in with (trimmed, its domain in Unicode), so the checks below see
  // the letters of a domain sent in its ASCII form ("xn--exmple-4nf.org" is "exаmple.org", a Cyrillic "а").
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? normalizeEmail(value) : value))
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  @IsOneScript()
  @HasNoInvisibleCharacter()
  @HasNoCompatibilityForm()
  email!: string;

  @IsNewPassword('password')
  password!: string;

  @ApiProperty({ enum: ROLES, example: 'reviewer' })
  @IsIn(ROLES, { message: `role must be one of: ${ROLES.join(', ')}` })
  role!: Role;
}
