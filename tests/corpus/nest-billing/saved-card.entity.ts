import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('saved_cards')
export class SavedCard {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column()
  customerId!: string;

  @Column()
  paymentMethodId!: string;

  @Column()
  brand!: string;

  @Column({ length: 4 })
  last4!: string;

  @Column()
  expMonth!: number;

  @Column()
  expYear!: number;

  @Column({ nullable: true })
  cvv?: string; // expect: no-sensitive-card-storage

  @CreateDateColumn()
  createdAt!: Date;
}
