import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '../role.js';

export class SessionUserView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'checker@example.org' }) email!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
}

export class SessionView {
  @ApiProperty({ type: SessionUserView }) user!: SessionUserView;
}

export class NewSessionView extends SessionView {
  @ApiProperty({ description: 'Lifetime of the session cookie in seconds' }) expiresIn!: number;
}
