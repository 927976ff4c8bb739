import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '../role.js';

export class SessionUserView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'checker@example.org' }) email!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
}

export class SessionView {
  @ApiProperty({ type: SessionUserView, nullable: true, description: 'null: the request sent no credentials, so nobody is signed in' })
  user!: SessionUserView | null;
}

export class NewSessionView {
  @ApiProperty({ type: SessionUserView }) user!: SessionUserView;
  @ApiProperty({ type: 'integer', description: 'Lifetime of the session cookie in seconds' }) expiresIn!: number;
}
