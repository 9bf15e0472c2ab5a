/**
 */
package io.mailscope.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Repair</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What import changed to rebuild the conversation (joined a wrapped line, separated interleaved entries, masked a secret).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.mailscope.model.Repair#getKind <em>Kind</em>}</li>
 *   <li>{@link io.mailscope.model.Repair#getFirstLine <em>First Line</em>}</li>
 *   <li>{@link io.mailscope.model.Repair#getLastLine <em>Last Line</em>}</li>
 *   <li>{@link io.mailscope.model.Repair#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see io.mailscope.model.MailscopePackage#getRepair()
 * @model
 * @generated
 */
public interface Repair extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link io.mailscope.model.RepairKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see io.mailscope.model.RepairKind
	 * @see #setKind(RepairKind)
	 * @see io.mailscope.model.MailscopePackage#getRepair_Kind()
	 * @model
	 * @generated
	 */
	RepairKind getKind();

	/**
	 * Sets the value of the '{@link io.mailscope.model.Repair#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see io.mailscope.model.RepairKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(RepairKind value);

	/**
	 * Returns the value of the '<em><b>First Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>First Line</em>' attribute.
	 * @see #setFirstLine(int)
	 * @see io.mailscope.model.MailscopePackage#getRepair_FirstLine()
	 * @model
	 * @generated
	 */
	int getFirstLine();

	/**
	 * Sets the value of the '{@link io.mailscope.model.Repair#getFirstLine <em>First Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First Line</em>' attribute.
	 * @see #getFirstLine()
	 * @generated
	 */
	void setFirstLine(int value);

	/**
	 * Returns the value of the '<em><b>Last Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Line</em>' attribute.
	 * @see #setLastLine(int)
	 * @see io.mailscope.model.MailscopePackage#getRepair_LastLine()
	 * @model
	 * @generated
	 */
	int getLastLine();

	/**
	 * Sets the value of the '{@link io.mailscope.model.Repair#getLastLine <em>Last Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Line</em>' attribute.
	 * @see #getLastLine()
	 * @generated
	 */
	void setLastLine(int value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see io.mailscope.model.MailscopePackage#getRepair_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link io.mailscope.model.Repair#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

} // Repair
