import type { MigrationInterface, QueryRunner } from "typeorm";

export class Initial1795703158306 implements MigrationInterface {
  name = "Initial1795703158306";

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Trigram similarity for deal conflict matching (PGlite ships it as a contrib extension).
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE TABLE "accounts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partner_id" uuid NOT NULL, "owner_id" uuid, "name" character varying(200) NOT NULL, "domain" character varying(253), "normalized_name" character varying(200) NOT NULL, "normalized_domain" character varying(253), "industry" character varying(100), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5a7a02c20412299d198e097a8fe" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_e6c1947a61f955558ccca3f7c4" ON "accounts"  ("owner_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "accounts_normalized_domain_idx" ON "accounts"  ("normalized_domain") `,
    );
    await queryRunner.query(
      `CREATE INDEX "accounts_partner_owner_idx" ON "accounts"  ("partner_id", "owner_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "contacts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partner_id" uuid NOT NULL, "account_id" uuid NOT NULL, "owner_id" uuid, "name" character varying(200) NOT NULL, "email" character varying(254), "phone" character varying(50), "title" character varying(120), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b99cd40cfd66a99f1571f4f72e6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_85bbf0f254d76347a346a8cbb1" ON "contacts"  ("account_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "contacts_partner_owner_idx" ON "contacts"  ("partner_id", "owner_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "activities" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partner_id" uuid NOT NULL, "owner_id" uuid NOT NULL, "type" character varying(16) NOT NULL, "subject" character varying(200) NOT NULL, "body" text, "account_id" uuid, "contact_id" uuid, "opportunity_id" uuid, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE, "completed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "activities_task_due_check" CHECK ("type" <> 'TASK' OR "due_at" IS NOT NULL), CONSTRAINT "activities_type_check" CHECK ("type" IN ('CALL', 'EMAIL', 'MEETING', 'NOTE', 'TASK')), CONSTRAINT "PK_7f4004429f731ffb9c88eb486a8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_65ae42bac3c705447629360761" ON "activities"  ("account_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_11fdf4277eb8458723eec35e10" ON "activities"  ("contact_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "activities_opportunity_idx" ON "activities"  ("opportunity_id", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "activities_partner_occurred_idx" ON "activities"  ("partner_id", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "activities_owner_due_idx" ON "activities"  ("owner_id", "due_at") WHERE "completed_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "audit_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partner_id" uuid, "actor_id" uuid, "entity_type" character varying(40) NOT NULL, "entity_id" uuid NOT NULL, "action" character varying(40) NOT NULL, "from_status" character varying(32), "to_status" character varying(32), "note" text, "data" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_910f64d901a5c3e9878f0d4a407" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "audit_events_partner_idx" ON "audit_events"  ("partner_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "audit_events_entity_idx" ON "audit_events"  ("entity_type", "entity_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "api_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "name" character varying(100) NOT NULL, "token_hash" character(64) NOT NULL, "prefix" character varying(12) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE, "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_c587455266b5fa8dace7194caac" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_b74883f5884a42fd8496d389b2" ON "api_tokens"  ("user_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "api_tokens_token_hash_key" ON "api_tokens"  ("token_hash") `,
    );
    await queryRunner.query(
      `CREATE TABLE "login_throttle" ("key" character varying(300) NOT NULL, "window_started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "failures" integer NOT NULL DEFAULT '0', CONSTRAINT "login_throttle_failures_check" CHECK ("failures" >= 0), CONSTRAINT "PK_14c03bac82292a8310c54cb98d0" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "ip" character varying(64), "user_agent" character varying(300), CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_085d540d9f418cfbdc7bd55bb1" ON "sessions"  ("user_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "dashboard_layouts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "portal" character varying(32) NOT NULL, "widgets" jsonb NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "dashboard_layouts_portal_check" CHECK ("portal" IN ('VENDOR_ADMIN', 'CHANNEL_MANAGER', 'PARTNER_SELLER', 'PARTNER_SALES_MANAGER', 'PARTNER_SALES_OPS')), CONSTRAINT "PK_1850c429674a715d8cb13769efb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "dashboard_layouts_user_portal_key" ON "dashboard_layouts"  ("user_id", "portal") `,
    );
    await queryRunner.query(
      `CREATE TABLE "deals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "number" SERIAL NOT NULL, "partner_id" uuid NOT NULL, "owner_id" uuid NOT NULL, "account_id" uuid, "status" character varying(16) NOT NULL DEFAULT 'DRAFT', "customer_name" character varying(200) NOT NULL, "customer_domain" character varying(253) NOT NULL, "normalized_name" character varying(200) NOT NULL, "normalized_domain" character varying(253) NOT NULL, "contact_name" character varying(200), "contact_email" character varying(254), "estimated_amount" numeric(14,2) NOT NULL, "expected_close_date" date NOT NULL, "products" text array NOT NULL DEFAULT '{}', "territory_id" uuid, "description" text, "submitted_at" TIMESTAMP WITH TIME ZONE, "decided_at" TIMESTAMP WITH TIME ZONE, "decided_by_id" uuid, "decision_note" text, "override_reason" text, "protection_expires_at" TIMESTAMP WITH TIME ZONE, "idempotency_key" character varying(100), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "deals_protection_check" CHECK ("status" NOT IN ('APPROVED', 'EXPIRED') OR "protection_expires_at" IS NOT NULL), CONSTRAINT "deals_submitted_check" CHECK ("status" = 'DRAFT' OR "submitted_at" IS NOT NULL), CONSTRAINT "deals_estimated_amount_check" CHECK ("estimated_amount" >= 0), CONSTRAINT "deals_status_check" CHECK ("status" IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED', 'REJECTED', 'WITHDRAWN', 'EXPIRED')), CONSTRAINT "PK_8c66f03b250f613ff8615940b4b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "deals_number_key" ON "deals"  ("number") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_2b97d1ea508c53e8e01e7feda6" ON "deals"  ("account_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_60542c1fa2201360477b7364e7" ON "deals"  ("territory_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "deals_owner_idempotency_key" ON "deals"  ("owner_id", "idempotency_key") WHERE "idempotency_key" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "deals_normalized_domain_idx" ON "deals"  ("normalized_domain") `,
    );
    await queryRunner.query(
      `CREATE INDEX "deals_status_protection_idx" ON "deals"  ("status", "protection_expires_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "deals_status_submitted_idx" ON "deals"  ("status", "submitted_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "deals_owner_status_idx" ON "deals"  ("owner_id", "status", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "deals_partner_status_idx" ON "deals"  ("partner_id", "status", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "type" character varying(40) NOT NULL, "title" character varying(200) NOT NULL, "body" text, "entity_type" character varying(40), "entity_id" uuid, "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "notifications_user_unread_idx" ON "notifications"  ("user_id") WHERE "read_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "notifications_user_created_idx" ON "notifications"  ("user_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "opportunity_stage_changes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "opportunity_id" uuid NOT NULL, "from_stage" character varying(16), "to_stage" character varying(16) NOT NULL, "amount" numeric(14,2) NOT NULL, "changed_by_id" uuid, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "opportunity_stage_changes_amount_check" CHECK ("amount" >= 0), CONSTRAINT "opportunity_stage_changes_from_check" CHECK ("from_stage" IS NULL OR "from_stage" IN ('QUALIFICATION', 'DISCOVERY', 'PROPOSAL', 'NEGOTIATION', 'CLOSED_WON', 'CLOSED_LOST')), CONSTRAINT "opportunity_stage_changes_to_check" CHECK ("to_stage" IN ('QUALIFICATION', 'DISCOVERY', 'PROPOSAL', 'NEGOTIATION', 'CLOSED_WON', 'CLOSED_LOST')), CONSTRAINT "PK_80efcecdca3f73e328a6b12d47c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "opportunity_stage_changes_opportunity_idx" ON "opportunity_stage_changes"  ("opportunity_id", "changed_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "opportunities" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "deal_id" uuid, "partner_id" uuid NOT NULL, "owner_id" uuid NOT NULL, "account_id" uuid, "name" character varying(200) NOT NULL, "amount" numeric(14,2) NOT NULL, "stage" character varying(16) NOT NULL DEFAULT 'QUALIFICATION', "probability" smallint NOT NULL, "expected_close_date" date NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE, "loss_reason" text, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "REL_e7493da85c6aabae19828cd0d5" UNIQUE ("deal_id"), CONSTRAINT "opportunities_loss_reason_check" CHECK ("stage" <> 'CLOSED_LOST' OR "loss_reason" IS NOT NULL), CONSTRAINT "opportunities_closed_check" CHECK (("stage" IN ('CLOSED_WON', 'CLOSED_LOST')) = ("closed_at" IS NOT NULL)), CONSTRAINT "opportunities_probability_check" CHECK ("probability" BETWEEN 0 AND 100), CONSTRAINT "opportunities_amount_check" CHECK ("amount" >= 0), CONSTRAINT "opportunities_stage_check" CHECK ("stage" IN ('QUALIFICATION', 'DISCOVERY', 'PROPOSAL', 'NEGOTIATION', 'CLOSED_WON', 'CLOSED_LOST')), CONSTRAINT "PK_4bd9cd12ddc0ff48a5a97ddebce" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "opportunities_deal_id_key" ON "opportunities"  ("deal_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_b382ff2fc824b078245faddc84" ON "opportunities"  ("account_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "opportunities_stage_closed_idx" ON "opportunities"  ("stage", "closed_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "opportunities_owner_stage_closed_idx" ON "opportunities"  ("owner_id", "stage", "closed_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "opportunities_partner_stage_closed_idx" ON "opportunities"  ("partner_id", "stage", "closed_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "organizations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "kind" character varying(16) NOT NULL, "tier" character varying(16), "channel_manager_id" uuid, "website" character varying(253), "country" character varying(100), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "organizations_vendor_unassigned_check" CHECK ("kind" = 'PARTNER' OR "channel_manager_id" IS NULL), CONSTRAINT "organizations_tier_check" CHECK (("kind" = 'VENDOR' AND "tier" IS NULL) OR ("kind" = 'PARTNER' AND "tier" IN ('PLATINUM', 'GOLD', 'SILVER', 'REGISTERED'))), CONSTRAINT "organizations_kind_check" CHECK ("kind" IN ('VENDOR', 'PARTNER')), CONSTRAINT "PK_6b031fcd0863e3f6b44230163f9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_f3134bfe7ce91cfe6c0b842533" ON "organizations"  ("channel_manager_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "quotas" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "user_id" uuid, "period_start" date NOT NULL, "period_end" date NOT NULL, "amount" numeric(14,2) NOT NULL, "set_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "quotas_period_check" CHECK ("period_end" > "period_start"), CONSTRAINT "quotas_amount_check" CHECK ("amount" >= 0), CONSTRAINT "PK_5f54877798333ca833245a100d1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "quotas_user_period_key" ON "quotas"  ("user_id", "period_start", "period_end") WHERE "user_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "quotas_org_period_key" ON "quotas"  ("organization_id", "period_start", "period_end") WHERE "user_id" IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "territories" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "parent_id" uuid, "name" character varying(120) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5fd98f342e49509ee461d86f54f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "territories_parent_name_key" ON "territories"  ("parent_id", "name") WHERE "parent_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "territories_org_root_name_key" ON "territories"  ("organization_id", "name") WHERE "parent_id" IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "name" character varying(200) NOT NULL, "role" character varying(32) NOT NULL, "organization_id" uuid NOT NULL, "manager_id" uuid, "active" boolean NOT NULL DEFAULT true, "password_hash" character varying(255), "last_login_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "users_not_own_manager_check" CHECK ("manager_id" IS NULL OR "manager_id" <> "id"), CONSTRAINT "users_email_lowercase_check" CHECK ("email" = lower("email")), CONSTRAINT "users_role_check" CHECK ("role" IN ('VENDOR_ADMIN', 'CHANNEL_MANAGER', 'PARTNER_SELLER', 'PARTNER_SALES_MANAGER', 'PARTNER_SALES_OPS')), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "users_email_key" ON "users"  ("email") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_fba2d8e029689aa8fea98e53c9" ON "users"  ("manager_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "users_org_role_idx" ON "users"  ("organization_id", "role") `,
    );
    await queryRunner.query(
      `CREATE TABLE "user_territories" ("territory_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "PK_bf99cd71be274380f18cd7ccafd" PRIMARY KEY ("territory_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_bc8d4a85e3b75910f9541d065a" ON "user_territories"  ("territory_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_e962d730c20e1f5db3afc6d28a" ON "user_territories"  ("user_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "accounts" ADD CONSTRAINT "FK_4a38737c526f2d37e3dc2697a77" FOREIGN KEY ("partner_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "accounts" ADD CONSTRAINT "FK_e6c1947a61f955558ccca3f7c46" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contacts" ADD CONSTRAINT "FK_16d8f1efc223fd0bd477c9de2c3" FOREIGN KEY ("partner_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contacts" ADD CONSTRAINT "FK_85bbf0f254d76347a346a8cbb15" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contacts" ADD CONSTRAINT "FK_ac270d32a01ee22d2e98a8f8532" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "activities" ADD CONSTRAINT "FK_70ec0050868506766c3a374fa03" FOREIGN KEY ("partner_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "activities" ADD CONSTRAINT "FK_5546fd6565cf2441fc400728014" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "activities" ADD CONSTRAINT "FK_65ae42bac3c705447629360761b" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "activities" ADD CONSTRAINT "FK_11fdf4277eb8458723eec35e107" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "activities" ADD CONSTRAINT "FK_279962219e3cad0e58818d4527b" FOREIGN KEY ("opportunity_id") REFERENCES "opportunities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "audit_events" ADD CONSTRAINT "FK_3c5b662c7d0c98632bd0eb57e69" FOREIGN KEY ("partner_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "audit_events" ADD CONSTRAINT "FK_04c7c044146c6632491a370fc04" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "api_tokens" ADD CONSTRAINT "FK_b74883f5884a42fd8496d389b25" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sessions" ADD CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "dashboard_layouts" ADD CONSTRAINT "FK_ddcbe1e4b5bca76d3a72ff21860" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deals" ADD CONSTRAINT "FK_7303200f03fc30996f9f12d807c" FOREIGN KEY ("partner_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deals" ADD CONSTRAINT "FK_39cb9fb7b130a5e5f7c5e290665" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deals" ADD CONSTRAINT "FK_2b97d1ea508c53e8e01e7feda68" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deals" ADD CONSTRAINT "FK_60542c1fa2201360477b7364e73" FOREIGN KEY ("territory_id") REFERENCES "territories"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deals" ADD CONSTRAINT "FK_44057d9b8a2915aec0f29c0f1ef" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "FK_9a8a82462cab47c73d25f49261f" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "opportunity_stage_changes" ADD CONSTRAINT "FK_f6ffcd65804b40e710e73c683fe" FOREIGN KEY ("opportunity_id") REFERENCES "opportunities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "opportunity_stage_changes" ADD CONSTRAINT "FK_7c3ed827d676546e21b97e7eac3" FOREIGN KEY ("changed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "opportunities" ADD CONSTRAINT "FK_e7493da85c6aabae19828cd0d59" FOREIGN KEY ("deal_id") REFERENCES "deals"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "opportunities" ADD CONSTRAINT "FK_ca48bf0df30028c2035ea856190" FOREIGN KEY ("partner_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "opportunities" ADD CONSTRAINT "FK_2362d42ea9f49481175ca450fab" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "opportunities" ADD CONSTRAINT "FK_b382ff2fc824b078245faddc84c" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "organizations" ADD CONSTRAINT "FK_f3134bfe7ce91cfe6c0b842533b" FOREIGN KEY ("channel_manager_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "quotas" ADD CONSTRAINT "FK_d8050d8ccc6143fb2a3df484a7b" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "quotas" ADD CONSTRAINT "FK_132aa9525c82c5f1c6cae0976c8" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "quotas" ADD CONSTRAINT "FK_1b6405f2f5988caf98009ef9f03" FOREIGN KEY ("set_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "territories" ADD CONSTRAINT "FK_0ef8126ee4151a32ab22798642c" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "territories" ADD CONSTRAINT "FK_d9d1dc97fe23c6703a8295f7304" FOREIGN KEY ("parent_id") REFERENCES "territories"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "FK_21a659804ed7bf61eb91688dea7" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "FK_fba2d8e029689aa8fea98e53c91" FOREIGN KEY ("manager_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_territories" ADD CONSTRAINT "FK_bc8d4a85e3b75910f9541d065ab" FOREIGN KEY ("territory_id") REFERENCES "territories"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_territories" ADD CONSTRAINT "FK_e962d730c20e1f5db3afc6d28a7" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    // Hand-written: TypeORM cannot express operator classes. Similar company names, by trigram.
    await queryRunner.query(
      `CREATE INDEX "deals_normalized_name_trgm_idx" ON "deals" USING gin ("normalized_name" gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "accounts_normalized_name_trgm_idx" ON "accounts" USING gin ("normalized_name" gin_trgm_ops)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."accounts_normalized_name_trgm_idx"`);
    await queryRunner.query(`DROP INDEX "public"."deals_normalized_name_trgm_idx"`);
    await queryRunner.query(
      `ALTER TABLE "user_territories" DROP CONSTRAINT "FK_e962d730c20e1f5db3afc6d28a7"`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_territories" DROP CONSTRAINT "FK_bc8d4a85e3b75910f9541d065ab"`,
    );
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "FK_fba2d8e029689aa8fea98e53c91"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "FK_21a659804ed7bf61eb91688dea7"`);
    await queryRunner.query(
      `ALTER TABLE "territories" DROP CONSTRAINT "FK_d9d1dc97fe23c6703a8295f7304"`,
    );
    await queryRunner.query(
      `ALTER TABLE "territories" DROP CONSTRAINT "FK_0ef8126ee4151a32ab22798642c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "quotas" DROP CONSTRAINT "FK_1b6405f2f5988caf98009ef9f03"`,
    );
    await queryRunner.query(
      `ALTER TABLE "quotas" DROP CONSTRAINT "FK_132aa9525c82c5f1c6cae0976c8"`,
    );
    await queryRunner.query(
      `ALTER TABLE "quotas" DROP CONSTRAINT "FK_d8050d8ccc6143fb2a3df484a7b"`,
    );
    await queryRunner.query(
      `ALTER TABLE "organizations" DROP CONSTRAINT "FK_f3134bfe7ce91cfe6c0b842533b"`,
    );
    await queryRunner.query(
      `ALTER TABLE "opportunities" DROP CONSTRAINT "FK_b382ff2fc824b078245faddc84c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "opportunities" DROP CONSTRAINT "FK_2362d42ea9f49481175ca450fab"`,
    );
    await queryRunner.query(
      `ALTER TABLE "opportunities" DROP CONSTRAINT "FK_ca48bf0df30028c2035ea856190"`,
    );
    await queryRunner.query(
      `ALTER TABLE "opportunities" DROP CONSTRAINT "FK_e7493da85c6aabae19828cd0d59"`,
    );
    await queryRunner.query(
      `ALTER TABLE "opportunity_stage_changes" DROP CONSTRAINT "FK_7c3ed827d676546e21b97e7eac3"`,
    );
    await queryRunner.query(
      `ALTER TABLE "opportunity_stage_changes" DROP CONSTRAINT "FK_f6ffcd65804b40e710e73c683fe"`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" DROP CONSTRAINT "FK_9a8a82462cab47c73d25f49261f"`,
    );
    await queryRunner.query(`ALTER TABLE "deals" DROP CONSTRAINT "FK_44057d9b8a2915aec0f29c0f1ef"`);
    await queryRunner.query(`ALTER TABLE "deals" DROP CONSTRAINT "FK_60542c1fa2201360477b7364e73"`);
    await queryRunner.query(`ALTER TABLE "deals" DROP CONSTRAINT "FK_2b97d1ea508c53e8e01e7feda68"`);
    await queryRunner.query(`ALTER TABLE "deals" DROP CONSTRAINT "FK_39cb9fb7b130a5e5f7c5e290665"`);
    await queryRunner.query(`ALTER TABLE "deals" DROP CONSTRAINT "FK_7303200f03fc30996f9f12d807c"`);
    await queryRunner.query(
      `ALTER TABLE "dashboard_layouts" DROP CONSTRAINT "FK_ddcbe1e4b5bca76d3a72ff21860"`,
    );
    await queryRunner.query(
      `ALTER TABLE "sessions" DROP CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19"`,
    );
    await queryRunner.query(
      `ALTER TABLE "api_tokens" DROP CONSTRAINT "FK_b74883f5884a42fd8496d389b25"`,
    );
    await queryRunner.query(
      `ALTER TABLE "audit_events" DROP CONSTRAINT "FK_04c7c044146c6632491a370fc04"`,
    );
    await queryRunner.query(
      `ALTER TABLE "audit_events" DROP CONSTRAINT "FK_3c5b662c7d0c98632bd0eb57e69"`,
    );
    await queryRunner.query(
      `ALTER TABLE "activities" DROP CONSTRAINT "FK_279962219e3cad0e58818d4527b"`,
    );
    await queryRunner.query(
      `ALTER TABLE "activities" DROP CONSTRAINT "FK_11fdf4277eb8458723eec35e107"`,
    );
    await queryRunner.query(
      `ALTER TABLE "activities" DROP CONSTRAINT "FK_65ae42bac3c705447629360761b"`,
    );
    await queryRunner.query(
      `ALTER TABLE "activities" DROP CONSTRAINT "FK_5546fd6565cf2441fc400728014"`,
    );
    await queryRunner.query(
      `ALTER TABLE "activities" DROP CONSTRAINT "FK_70ec0050868506766c3a374fa03"`,
    );
    await queryRunner.query(
      `ALTER TABLE "contacts" DROP CONSTRAINT "FK_ac270d32a01ee22d2e98a8f8532"`,
    );
    await queryRunner.query(
      `ALTER TABLE "contacts" DROP CONSTRAINT "FK_85bbf0f254d76347a346a8cbb15"`,
    );
    await queryRunner.query(
      `ALTER TABLE "contacts" DROP CONSTRAINT "FK_16d8f1efc223fd0bd477c9de2c3"`,
    );
    await queryRunner.query(
      `ALTER TABLE "accounts" DROP CONSTRAINT "FK_e6c1947a61f955558ccca3f7c46"`,
    );
    await queryRunner.query(
      `ALTER TABLE "accounts" DROP CONSTRAINT "FK_4a38737c526f2d37e3dc2697a77"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_e962d730c20e1f5db3afc6d28a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bc8d4a85e3b75910f9541d065a"`);
    await queryRunner.query(`DROP TABLE "user_territories"`);
    await queryRunner.query(`DROP INDEX "public"."users_org_role_idx"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fba2d8e029689aa8fea98e53c9"`);
    await queryRunner.query(`DROP INDEX "public"."users_email_key"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP INDEX "public"."territories_org_root_name_key"`);
    await queryRunner.query(`DROP INDEX "public"."territories_parent_name_key"`);
    await queryRunner.query(`DROP TABLE "territories"`);
    await queryRunner.query(`DROP INDEX "public"."quotas_org_period_key"`);
    await queryRunner.query(`DROP INDEX "public"."quotas_user_period_key"`);
    await queryRunner.query(`DROP TABLE "quotas"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f3134bfe7ce91cfe6c0b842533"`);
    await queryRunner.query(`DROP TABLE "organizations"`);
    await queryRunner.query(`DROP INDEX "public"."opportunities_partner_stage_closed_idx"`);
    await queryRunner.query(`DROP INDEX "public"."opportunities_owner_stage_closed_idx"`);
    await queryRunner.query(`DROP INDEX "public"."opportunities_stage_closed_idx"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b382ff2fc824b078245faddc84"`);
    await queryRunner.query(`DROP INDEX "public"."opportunities_deal_id_key"`);
    await queryRunner.query(`DROP TABLE "opportunities"`);
    await queryRunner.query(`DROP INDEX "public"."opportunity_stage_changes_opportunity_idx"`);
    await queryRunner.query(`DROP TABLE "opportunity_stage_changes"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_user_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_user_unread_idx"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
    await queryRunner.query(`DROP INDEX "public"."deals_partner_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."deals_owner_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."deals_status_submitted_idx"`);
    await queryRunner.query(`DROP INDEX "public"."deals_status_protection_idx"`);
    await queryRunner.query(`DROP INDEX "public"."deals_normalized_domain_idx"`);
    await queryRunner.query(`DROP INDEX "public"."deals_owner_idempotency_key"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_60542c1fa2201360477b7364e7"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2b97d1ea508c53e8e01e7feda6"`);
    await queryRunner.query(`DROP INDEX "public"."deals_number_key"`);
    await queryRunner.query(`DROP TABLE "deals"`);
    await queryRunner.query(`DROP INDEX "public"."dashboard_layouts_user_portal_key"`);
    await queryRunner.query(`DROP TABLE "dashboard_layouts"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_085d540d9f418cfbdc7bd55bb1"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`DROP TABLE "login_throttle"`);
    await queryRunner.query(`DROP INDEX "public"."api_tokens_token_hash_key"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b74883f5884a42fd8496d389b2"`);
    await queryRunner.query(`DROP TABLE "api_tokens"`);
    await queryRunner.query(`DROP INDEX "public"."audit_events_entity_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_events_partner_idx"`);
    await queryRunner.query(`DROP TABLE "audit_events"`);
    await queryRunner.query(`DROP INDEX "public"."activities_owner_due_idx"`);
    await queryRunner.query(`DROP INDEX "public"."activities_partner_occurred_idx"`);
    await queryRunner.query(`DROP INDEX "public"."activities_opportunity_idx"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_11fdf4277eb8458723eec35e10"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_65ae42bac3c705447629360761"`);
    await queryRunner.query(`DROP TABLE "activities"`);
    await queryRunner.query(`DROP INDEX "public"."contacts_partner_owner_idx"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_85bbf0f254d76347a346a8cbb1"`);
    await queryRunner.query(`DROP TABLE "contacts"`);
    await queryRunner.query(`DROP INDEX "public"."accounts_partner_owner_idx"`);
    await queryRunner.query(`DROP INDEX "public"."accounts_normalized_domain_idx"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e6c1947a61f955558ccca3f7c4"`);
    await queryRunner.query(`DROP TABLE "accounts"`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS pg_trgm`);
  }
}
