package dev.cairn.loader.models.quoted;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "\"Group Membership\"")
public class GroupMembership {
  @Id @GeneratedValue Long id;

  @ManyToOne User member;
}
