/**
 */
package io.mailscope.model.impl;

import io.mailscope.model.MailscopePackage;
import io.mailscope.model.ReplyText;
import io.mailscope.model.ReplyTextKind;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Reply Text</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.mailscope.model.impl.ReplyTextImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link io.mailscope.model.impl.ReplyTextImpl#getPhrases <em>Phrases</em>}</li>
 *   <li>{@link io.mailscope.model.impl.ReplyTextImpl#getPattern <em>Pattern</em>}</li>
 *   <li>{@link io.mailscope.model.impl.ReplyTextImpl#getProduct <em>Product</em>}</li>
 *   <li>{@link io.mailscope.model.impl.ReplyTextImpl#getProductKind <em>Product Kind</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReplyTextImpl extends ReplyKnowledgeImpl implements ReplyText {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ReplyTextKind KIND_EDEFAULT = ReplyTextKind.SERVER_REPLY;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ReplyTextKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPhrases() <em>Phrases</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhrases()
	 * @generated
	 * @ordered
	 */
	protected EList<String> phrases;

	/**
	 * The default value of the '{@link #getPattern() <em>Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPattern()
	 * @generated
	 * @ordered
	 */
	protected static final String PATTERN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPattern() <em>Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPattern()
	 * @generated
	 * @ordered
	 */
	protected String pattern = PATTERN_EDEFAULT;

	/**
	 * The default value of the '{@link #getProduct() <em>Product</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProduct()
	 * @generated
	 * @ordered
	 */
	protected static final String PRODUCT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProduct() <em>Product</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProduct()
	 * @generated
	 * @ordered
	 */
	protected String product = PRODUCT_EDEFAULT;

	/**
	 * The default value of the '{@link #getProductKind() <em>Product Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProductKind()
	 * @generated
	 * @ordered
	 */
	protected static final String PRODUCT_KIND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProductKind() <em>Product Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProductKind()
	 * @generated
	 * @ordered
	 */
	protected String productKind = PRODUCT_KIND_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReplyTextImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MailscopePackage.Literals.REPLY_TEXT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReplyTextKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ReplyTextKind newKind) {
		ReplyTextKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailscopePackage.REPLY_TEXT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getPhrases() {
		if (phrases == null) {
			phrases = new EDataTypeUniqueEList<String>(String.class, this, MailscopePackage.REPLY_TEXT__PHRASES);
		}
		return phrases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPattern() {
		return pattern;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPattern(String newPattern) {
		String oldPattern = pattern;
		pattern = newPattern;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailscopePackage.REPLY_TEXT__PATTERN, oldPattern, pattern));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProduct() {
		return product;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProduct(String newProduct) {
		String oldProduct = product;
		product = newProduct;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailscopePackage.REPLY_TEXT__PRODUCT, oldProduct, product));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProductKind() {
		return productKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProductKind(String newProductKind) {
		String oldProductKind = productKind;
		productKind = newProductKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailscopePackage.REPLY_TEXT__PRODUCT_KIND, oldProductKind, productKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MailscopePackage.REPLY_TEXT__KIND:
				return getKind();
			case MailscopePackage.REPLY_TEXT__PHRASES:
				return getPhrases();
			case MailscopePackage.REPLY_TEXT__PATTERN:
				return getPattern();
			case MailscopePackage.REPLY_TEXT__PRODUCT:
				return getProduct();
			case MailscopePackage.REPLY_TEXT__PRODUCT_KIND:
				return getProductKind();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case MailscopePackage.REPLY_TEXT__KIND:
				setKind((ReplyTextKind)newValue);
				return;
			case MailscopePackage.REPLY_TEXT__PHRASES:
				getPhrases().clear();
				getPhrases().addAll((Collection<? extends String>)newValue);
				return;
			case MailscopePackage.REPLY_TEXT__PATTERN:
				setPattern((String)newValue);
				return;
			case MailscopePackage.REPLY_TEXT__PRODUCT:
				setProduct((String)newValue);
				return;
			case MailscopePackage.REPLY_TEXT__PRODUCT_KIND:
				setProductKind((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case MailscopePackage.REPLY_TEXT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case MailscopePackage.REPLY_TEXT__PHRASES:
				getPhrases().clear();
				return;
			case MailscopePackage.REPLY_TEXT__PATTERN:
				setPattern(PATTERN_EDEFAULT);
				return;
			case MailscopePackage.REPLY_TEXT__PRODUCT:
				setProduct(PRODUCT_EDEFAULT);
				return;
			case MailscopePackage.REPLY_TEXT__PRODUCT_KIND:
				setProductKind(PRODUCT_KIND_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case MailscopePackage.REPLY_TEXT__KIND:
				return kind != KIND_EDEFAULT;
			case MailscopePackage.REPLY_TEXT__PHRASES:
				return phrases != null && !phrases.isEmpty();
			case MailscopePackage.REPLY_TEXT__PATTERN:
				return PATTERN_EDEFAULT == null ? pattern != null : !PATTERN_EDEFAULT.equals(pattern);
			case MailscopePackage.REPLY_TEXT__PRODUCT:
				return PRODUCT_EDEFAULT == null ? product != null : !PRODUCT_EDEFAULT.equals(product);
			case MailscopePackage.REPLY_TEXT__PRODUCT_KIND:
				return PRODUCT_KIND_EDEFAULT == null ? productKind != null : !PRODUCT_KIND_EDEFAULT.equals(productKind);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (kind: ");
		result.append(kind);
		result.append(", phrases: ");
		result.append(phrases);
		result.append(", pattern: ");
		result.append(pattern);
		result.append(", product: ");
		result.append(product);
		result.append(", productKind: ");
		result.append(productKind);
		result.append(')');
		return result.toString();
	}

} //ReplyTextImpl
