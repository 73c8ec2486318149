package vn.cuocthi.platformcore.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A unit of the province (agency, commune or ward, public service unit, school) with its staff headcount,
 * used to register contestants and to measure participation. Lives in the province's own schema.
 */
@Entity
@Table(name = "unit")
public class Unit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 50)
    private String code;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(name = "parent_code", length = 50)
    private String parentCode;

    @Column(nullable = false)
    private int headcount;

    private Integer population;

    @Column(length = 100)
    private String block;

    protected Unit() {
    }

    public Unit(String code, String name, String parentCode, int headcount, Integer population, String block) {
        this.code = code;
        this.name = name;
        this.parentCode = parentCode;
        this.headcount = headcount;
        this.population = population;
        this.block = block;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String parentCode() {
        return parentCode;
    }

    public int headcount() {
        return headcount;
    }

    public Integer population() {
        return population;
    }

    public String block() {
        return block;
    }
}
